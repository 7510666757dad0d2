namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Lets the executor check the request and name the rows it acts on before any plug-in sees it: a request with an
/// unknown table or column fails here, as Dataverse fails it before pre-validation.
/// </summary>
internal sealed class PrepareStep : IPipelineStep
{
    public void Run(RequestContext context, PipelineNext next)
    {
        context.Executor.Prepare(context);
        next.Run();
    }
}
