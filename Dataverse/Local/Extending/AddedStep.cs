using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>A test author's step as a link of the pipeline.</summary>
internal sealed class AddedStep : IPipelineStep
{
    private readonly IRequestStep step;

    public AddedStep(IRequestStep step)
    {
        this.step = step;
    }

    public void Run(RequestContext context, PipelineNext next) =>
        context.Response = step.Run(context.Request, context.Scope(), () =>
        {
            next.Run();
            return context.Response!;
        });
}
