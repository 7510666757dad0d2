namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>The core operation: the executor of the message does its work and gives the response.</summary>
internal sealed class MainOperationStep : IPipelineStep
{
    public void Run(RequestContext context, PipelineNext next)
    {
        context.StartMainOperation();
        context.Response = context.Executor.Execute(context);
        next.Run();
    }
}
