using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// The transaction of a top-level request and what must happen once it commits: the asynchronous steps it queued. A
/// request sent from inside it (a plug-in's) joins it rather than starting its own.
/// </summary>
internal sealed class UnitOfWork
{
    public UnitOfWork(IStoreTransaction transaction)
    {
        Transaction = transaction;
    }

    public IStoreTransaction Transaction { get; }

    public List<AsyncJob> AsyncJobs { get; } = new();
}
