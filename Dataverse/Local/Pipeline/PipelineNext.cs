namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The rest of the pipeline after a step: the request and the position of the next step. A value rather than a delegate
/// per request, since a plug-in's batch sends thousands of requests through the twelve steps. Running it twice (a test
/// author's retry) runs the rest twice, as a closure would.
/// </summary>
internal readonly struct PipelineNext
{
    private readonly RequestContext context;
    private readonly int step;

    public PipelineNext(RequestContext context, int step)
    {
        this.context = context;
        this.step = step;
    }

    public void Run() => context.RunStep(step);
}
