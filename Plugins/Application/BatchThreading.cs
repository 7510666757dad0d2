using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Threading;

namespace SocialCrm.Plugins.Application;

/// <summary>A batch's threading before anything is written: the plan, and the batch's posts that are already stored.</summary>
public sealed class BatchThreading
{
    public BatchThreading(IReadOnlyList<ThreadingMention> batch, ThreadingPlan plan, IReadOnlyList<ThreadKey> alreadyStored,
        IReadOnlyDictionary<Guid, StoredConversation> conversations)
    {
        Batch = batch;
        Plan = plan;
        AlreadyStored = alreadyStored;
        Conversations = conversations;
    }

    public IReadOnlyList<ThreadingMention> Batch { get; }

    public ThreadingPlan Plan { get; }

    /// <summary>Posts of the batch that a stored mention already has: creating them again would break the alternate key.</summary>
    public IReadOnlyList<ThreadKey> AlreadyStored { get; }

    /// <summary>
    /// The conversations threading read by thread key, with their figures and cases, by id: writing the batch reads
    /// again only the conversations it joins that are not among them.
    /// </summary>
    public IReadOnlyDictionary<Guid, StoredConversation> Conversations { get; }

    /// <summary>This threading without the conversations it read: for when some of them changed since (moved to a contact).</summary>
    public BatchThreading WithoutConversations() =>
        new BatchThreading(Batch, Plan, AlreadyStored, new Dictionary<Guid, StoredConversation>());
}
