using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Threading;

namespace SocialCrm.Plugins.Application;

/// <summary>A batch's threading before anything is written: the plan, and the batch's posts that are already stored.</summary>
public sealed class BatchThreading
{
    public BatchThreading(IReadOnlyList<ThreadingMention> batch, ThreadingPlan plan, IReadOnlyList<ThreadKey> alreadyStored)
    {
        Batch = batch;
        Plan = plan;
        AlreadyStored = alreadyStored;
    }

    public IReadOnlyList<ThreadingMention> Batch { get; }

    public ThreadingPlan Plan { get; }

    /// <summary>Posts of the batch that a stored mention already has: creating them again would break the alternate key.</summary>
    public IReadOnlyList<ThreadKey> AlreadyStored { get; }
}
