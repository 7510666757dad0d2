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
    /// created, reopened or joined, with its figures after the batch and the escalation its mentions lead to (one query
    /// first: the joined conversations' figures). The conversations meet the rules in the order the batch first names
    /// them, all before the first write, so cases open in that order.
    /// </summary>
    /// <param name="threading">The plan of <see cref="Plan"/>.</param>
    /// <param name="authors">Each mention's author profile, in batch order: a new conversation's originating profile and contact.</param>
    /// <param name="mentions">What each mention adds to its conversation's figures, in batch order.</param>
    /// <param name="escalation">Weighs each conversation's mentions against the escalation rules.</param>
    public ThreadedBatch Apply(BatchThreading threading, IReadOnlyList<ResolvedAuthor> authors, IReadOnlyList<RollupMention> mentions, IntakeEscalation escalation)
    {
        var plan = threading.Plan;
        var indexOf = new Dictionary<ThreadingMention, int>();
        var joined = new Dictionary<Guid, List<int>>();
        var started = new Dictionary<NewConversation, List<int>>();
        var firstNamed = new List<object>();
        for (var index = 0; index < threading.Batch.Count; index++)
        {
            indexOf[threading.Batch[index]] = index;
            var decision = plan.Decisions[index];
            if (decision.NewConversation != null)
            {
                Add(started, decision.NewConversation, index, firstNamed);
            }
            else
            {
                Add(joined, decision.ConversationId!.Value, index, firstNamed);
            }
        }

        var stored = _conversations.FindByIds(joined.Keys);
        var reopened = new HashSet<Guid>(plan.ReopenedConversations.Select(conversation => conversation.Id));
        var passes = new Dictionary<object, ConversationEscalationPass>();
        foreach (var key in firstNamed)
        {
            if (key is NewConversation conversation)
            {
                var startedBy = authors[indexOf[conversation.StartedBy]];
                passes[key] = escalation.Weigh(ConversationFigures.Empty, startedBy.ContactId, caseIsOpen: false, started[conversation]);
            }
            else if (stored.TryGetValue((Guid)key, out var found))
            {
                var before = reopened.Contains(found.Id) ? found.Reopened() : found;
                passes[key] = escalation.Weigh(before.Figures, before.ContactId, before.CaseIsOpen, joined[found.Id]);
            }
        }

        foreach (var conversation in stored.Values)
        {
            var pass = passes[conversation.Id];
            var before = reopened.Contains(conversation.Id) ? conversation.Reopened() : conversation;
            var figures = ConversationRollup.Apply(before.Figures, Rollups(joined[conversation.Id], mentions));
            if (reopened.Contains(conversation.Id))
            {
                _conversations.Reopen(conversation.Id, figures, conversation.Figures, pass.Escalation);
            }
            else
            {
                _conversations.WriteFigures(conversation.Id, figures, conversation.Figures, pass.Escalation);
            }

            pass.FollowUp(_conversations, conversation.Id);
        }

        var created = new Dictionary<NewConversation, Guid>();
        foreach (var conversation in plan.NewConversations)
        {
            if (conversation.RetiredThreadId != null)
            {
                _conversations.Retire(conversation.Previous!, conversation.RetiredThreadId);
            }

            var startedBy = authors[indexOf[conversation.StartedBy]];
            var pass = passes[conversation];
            var id = _conversations.Create(conversation, startedBy.ProfileId, startedBy.ContactId,
                ConversationRollup.Apply(ConversationFigures.Empty, Rollups(started[conversation], mentions)), pass.Escalation);
            pass.FollowUp(_conversations, id);
            created[conversation] = id;
        }

        var conversationIds = plan.Decisions
            .Select(decision => decision.NewConversation != null ? created[decision.NewConversation] : decision.ConversationId!.Value)
            .ToArray();
        return new ThreadedBatch(conversationIds);
    }

    private static List<RollupMention> Rollups(List<int> indexes, IReadOnlyList<RollupMention> mentions)
    {
        var rollups = new List<RollupMention>(indexes.Count);
        foreach (var index in indexes)
        {
            rollups.Add(mentions[index]);
        }

        return rollups;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> groups, TKey key, int index, List<object> firstNamed)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new List<int>();
            firstNamed.Add(key);
        }

        group.Add(index);
    }
}
