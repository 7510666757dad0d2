using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Puts a batch of mentions into conversations with <see cref="ThreadResolver"/>: <see cref="Plan"/> reads what it
/// needs in two queries (stored posts with their conversations, conversations by thread) and writes nothing;
/// <see cref="Apply"/> reopens, retires, creates and rolls up conversations, one write each.
/// </summary>
public sealed class ConversationThreading
{
    private readonly IMentionStore _mentions;
    private readonly IConversationStore _conversations;
    private readonly ThreadResolver _resolver;

    public ConversationThreading(IMentionStore mentions, IConversationStore conversations, int reopenWindowDays)
    {
        _mentions = mentions;
        _conversations = conversations;
        _resolver = new ThreadResolver(reopenWindowDays);
    }

    public BatchThreading Plan(IReadOnlyList<ThreadingMention> batch)
    {
        var lookup = ThreadingLookup.For(batch);
        var ownPosts = new HashSet<ThreadKey>(batch.Select(mention => mention.PostKey));

        // The batch's own posts ride along in the query for parents and roots: finding one means a redelivery that
        // came as Create instead of Upsert, which intake rejects before writing anything.
        var stored = _mentions.FindByPostKeys(lookup.PostKeys.Concat(ownPosts));
        var alreadyStored = stored.Where(mention => ownPosts.Contains(mention.PostKey)).Select(mention => mention.PostKey).ToList();
        var known = stored.Where(mention => !ownPosts.Contains(mention.PostKey)).ToList();
        var plan = _resolver.Plan(batch, known, _conversations.FindByThreadKeys(lookup.ThreadKeysWith(known)));
        return new BatchThreading(batch, plan, alreadyStored);
    }

    /// <summary>
    /// Writes the plan with the batch's figures: each conversation the batch touches is written once, whether it is
    /// created, reopened or joined, with its figures after the batch (one query first: the joined conversations' figures).
    /// </summary>
    /// <param name="threading">The plan of <see cref="Plan"/>.</param>
    /// <param name="authors">Each mention's author profile, in batch order: a new conversation's originating profile and contact.</param>
    /// <param name="mentions">What each mention adds to its conversation's figures, in batch order.</param>
    public ThreadedBatch Apply(BatchThreading threading, IReadOnlyList<ResolvedAuthor> authors, IReadOnlyList<RollupMention> mentions)
    {
        var plan = threading.Plan;
        var indexOf = new Dictionary<ThreadingMention, int>();
        var joined = new Dictionary<Guid, List<RollupMention>>();
        var started = new Dictionary<NewConversation, List<RollupMention>>();
        for (var index = 0; index < threading.Batch.Count; index++)
        {
            indexOf[threading.Batch[index]] = index;
            var decision = plan.Decisions[index];
            if (decision.NewConversation != null)
            {
                Add(started, decision.NewConversation, mentions[index]);
            }
            else
            {
                Add(joined, decision.ConversationId!.Value, mentions[index]);
            }
        }

        var baseline = new Dictionary<Guid, StoredConversation>();
        var reopened = new HashSet<Guid>(plan.ReopenedConversations.Select(conversation => conversation.Id));
        foreach (var stored in _conversations.FindByIds(joined.Keys).Values)
        {
            var before = reopened.Contains(stored.Id) ? stored.Reopened() : stored;
            var figures = ConversationRollup.Apply(before.Figures, joined[stored.Id]);
            if (reopened.Contains(stored.Id))
            {
                _conversations.Reopen(stored.Id, figures, stored.Figures);
            }
            else
            {
                _conversations.WriteFigures(stored.Id, figures, stored.Figures);
            }

            baseline[stored.Id] = before;
        }

        var created = new Dictionary<NewConversation, Guid>();
        foreach (var conversation in plan.NewConversations)
        {
            if (conversation.RetiredThreadId != null)
            {
                _conversations.Retire(conversation.Previous!, conversation.RetiredThreadId);
            }

            var startedBy = authors[indexOf[conversation.StartedBy]];
            var id = _conversations.Create(conversation, startedBy.ProfileId, startedBy.ContactId,
                ConversationRollup.Apply(ConversationFigures.Empty, started[conversation]));
            created[conversation] = id;
            baseline[id] = StoredConversation.Started(id, conversation, startedBy.ProfileId, startedBy.ContactId);
        }

        var conversationIds = plan.Decisions
            .Select(decision => decision.NewConversation != null ? created[decision.NewConversation] : decision.ConversationId!.Value)
            .ToArray();
        return new ThreadedBatch(conversationIds, baseline);
    }

    private static void Add<TKey>(Dictionary<TKey, List<RollupMention>> groups, TKey key, RollupMention mention)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new List<RollupMention>();
        }

        group.Add(mention);
    }
}
