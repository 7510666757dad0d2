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

        // The batch's own posts ride along in the query for parents and roots: finding one means a redelivery that
        // came as Create instead of Upsert, which intake rejects before writing anything.
        var postKeys = new List<ThreadKey>(lookup.PostKeys.Count + batch.Count);
        postKeys.AddRange(lookup.PostKeys);
        postKeys.AddRange(lookup.BatchPosts);
        var stored = _mentions.FindByPostKeys(postKeys);
        var alreadyStored = new List<ThreadKey>();
        var known = new List<KnownMention>(stored.Count);
        foreach (var mention in stored)
        {
            if (lookup.InBatch(mention.PostKey))
            {
                alreadyStored.Add(mention.PostKey);
            }
            else
            {
                known.Add(mention);
            }
        }

        var conversations = _conversations.FindByThreadKeys(lookup.ThreadKeysWith(known));
        var byId = new Dictionary<Guid, StoredConversation>(conversations.Count);
        var byThread = new List<KnownConversation>(conversations.Count);
        foreach (var conversation in conversations)
        {
            byId[conversation.Id] = conversation;
            byThread.Add(conversation.AsKnown());
        }

        var plan = _resolver.Plan(batch, known, byThread);
        return new BatchThreading(batch, plan, alreadyStored, byId);
    }

    /// <summary>
    /// Writes the plan with the batch's figures: each conversation the batch touches is written once, whether it is
    /// created, reopened or joined, with its figures after the batch and the escalation its mentions lead to (one query
    /// first: the joined conversations' figures). The conversations meet the rules in the order the batch first names
    /// them, all before the first write, so cases open in that order.
    /// </summary>
    /// <param name="threading">The plan of <see cref="Plan"/>.</param>
    /// <param name="authors">Each mention's author profile, in batch order: a new conversation's originating profile and contact.</param>
    /// <param name="escalation">Weighs each conversation's mentions against the escalation rules, adding them to its figures.</param>
    public ThreadedBatch Apply(BatchThreading threading, IReadOnlyList<ResolvedAuthor> authors, IntakeEscalation escalation)
    {
        var plan = threading.Plan;
        var named = new List<BatchConversation>(plan.NewConversations.Count);
        var joined = new Dictionary<Guid, BatchConversation>();
        var started = new Dictionary<NewConversation, BatchConversation>(plan.NewConversations.Count);
        for (var index = 0; index < plan.Decisions.Count; index++)
        {
            var decision = plan.Decisions[index];
            var conversation = decision.NewConversation != null
                ? Group(started, decision.NewConversation, named)
                : Group(joined, decision.ConversationId!.Value, named);
            conversation.Mentions.Add(index);
            if (decision.NewConversation != null && ReferenceEquals(decision.NewConversation.StartedBy, threading.Batch[index]))
            {
                conversation.StartedBy = authors[index];
            }
        }

        var stored = Stored(joined.Keys, threading.Conversations);
        var reopened = new HashSet<Guid>();
        foreach (var conversation in plan.ReopenedConversations)
        {
            reopened.Add(conversation.Id);
        }

        foreach (var conversation in named)
        {
            // The pass replays the conversation's mentions in posting order onto its figures: those after it are what it is written with.
            ConversationFigures after;
            if (conversation.New != null)
            {
                conversation.Pass = escalation.Weigh(ConversationFigures.Empty, conversation.StartedBy!.ContactId, caseIsOpen: false, conversation.Mentions, out after);
                conversation.After = after;
            }
            else if (stored.TryGetValue(conversation.Id, out var found))
            {
                var before = reopened.Contains(found.Id) ? found.Reopened() : found;
                conversation.Pass = escalation.Weigh(before.Figures, before.ContactId, before.CaseIsOpen, conversation.Mentions, out after);
                conversation.After = after;
            }
        }

        foreach (var conversation in stored.Values)
        {
            var pass = joined[conversation.Id].Pass!;
            var figures = joined[conversation.Id].After!;
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

        foreach (var conversation in plan.NewConversations)
        {
            if (conversation.RetiredThreadId != null)
            {
                _conversations.Retire(conversation.Previous!, conversation.RetiredThreadId);
            }

            var batchConversation = started[conversation];
            var startedBy = batchConversation.StartedBy!;
            var pass = batchConversation.Pass!;
            var id = _conversations.Create(conversation, startedBy.ProfileId, startedBy.ContactId, batchConversation.After!, pass.Escalation);
            pass.FollowUp(_conversations, id);
            batchConversation.Id = id;
        }

        var conversationIds = new Guid[plan.Decisions.Count];
        for (var index = 0; index < conversationIds.Length; index++)
        {
            var decision = plan.Decisions[index];
            conversationIds[index] = decision.NewConversation != null ? started[decision.NewConversation].Id : decision.ConversationId!.Value;
        }

        return new ThreadedBatch(conversationIds);
    }

    // The joined conversations, in the order the batch first names them: those threading read, and the others (joined
    // by a stored parent's or an explicit conversation) in one query.
    private Dictionary<Guid, StoredConversation> Stored(ICollection<Guid> ids, IReadOnlyDictionary<Guid, StoredConversation> read)
    {
        var unread = new List<Guid>();
        foreach (var id in ids)
        {
            if (!read.ContainsKey(id))
            {
                unread.Add(id);
            }
        }

        var found = unread.Count == 0 ? null : _conversations.FindByIds(unread);
        var stored = new Dictionary<Guid, StoredConversation>(ids.Count);
        foreach (var id in ids)
        {
            if (read.TryGetValue(id, out var conversation) || (found != null && found.TryGetValue(id, out conversation)))
            {
                stored[id] = conversation;
            }
        }

        return stored;
    }

    // The conversation's group, made the first time the batch names it.
    private static BatchConversation Group<TKey>(Dictionary<TKey, BatchConversation> groups, TKey key, List<BatchConversation> named)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            groups[key] = group = new BatchConversation(key as NewConversation, key is Guid id ? id : Guid.Empty);
            named.Add(group);
        }

        return group;
    }

    // One conversation the batch touches: its mentions' places in batch order, the escalation they lead to, and its id
    // (a new one's once created).
    private sealed class BatchConversation
    {
        public BatchConversation(NewConversation? created, Guid id)
        {
            New = created;
            Id = id;
        }

        public NewConversation? New { get; }

        public Guid Id { get; set; }

        public List<int> Mentions { get; } = new List<int>(2);

        /// <summary>A new conversation's originating author.</summary>
        public ResolvedAuthor? StartedBy { get; set; }

        public ConversationEscalationPass? Pass { get; set; }

        /// <summary>Its figures after the batch.</summary>
        public ConversationFigures? After { get; set; }
    }
}
