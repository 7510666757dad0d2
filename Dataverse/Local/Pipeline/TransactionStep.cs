namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Wraps the rest of the pipeline in the unit of work: all writes of a request, its plug-ins' included, commit together
/// or not at all; a request sent from inside a transaction joins it.
/// </summary>
internal sealed class TransactionStep : IPipelineStep
{
    private readonly UnitOfWork work;

    public TransactionStep(UnitOfWork work)
    {
        this.work = work;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.Executor.RunsInTransaction && !context.ReadOnly)
        {
            work.Run(next, static rest => rest.Run());
        }
        else
        {
            next.Run();
        }
    }
}
