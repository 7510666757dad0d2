using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// Finds the conversation of every mention of a batch. A mention goes, by the first rule that applies:
/// <list type="number">
/// <item>into the conversation it was explicitly posted in (an outbound reply);</item>
/// <item>into its parent's conversation when it replies to a known post, stored or in the same batch, whichever
/// arrives first;</item>
/// <item>into its thread's conversation (platform + thread id), or that of the post its thread id names;</item>
/// <item>into a new conversation keyed by its thread, which a post without a thread id starts under its own id so that
/// later replies naming it join it. Mentions of one batch with the same new thread share one new conversation.</item>
/// </list>
/// A closed conversation reopens when the mention was posted at most the reopen window after it closed; past the
/// window (or with no closing time recorded) the mention starts a new conversation that links to the closed one.
/// Mentions are placed in the order they were posted, so the earliest starts or reopens and the others follow.
/// </summary>
public sealed class ThreadResolver
{
    private readonly TimeSpan _reopenWindow;

    /// <param name="reopenWindowDays">scrm_ReopenWindowDays.</param>
    public ThreadResolver(int reopenWindowDays)
    {
        if (reopenWindowDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reopenWindowDays), reopenWindowDays, "The reopen window can't be negative.");
        }

        _reopenWindow = TimeSpan.FromDays(reopenWindowDays);
    }

    /// <param name="batch">The batch's mentions.</param>
    /// <param name="knownMentions">Stored mentions found by <see cref="ThreadingLookup.PostKeys"/>.</param>
    /// <param name="knownConversations">Conversations found by <see cref="ThreadingLookup.ThreadKeys"/>.</param>
    public ThreadingPlan Plan(
        IReadOnlyList<ThreadingMention> batch,
        IEnumerable<KnownMention> knownMentions,
        IEnumerable<KnownConversation> knownConversations)
    {
        var targets = new TargetFinder(batch, knownMentions, knownConversations).FindAll();
        var placement = new Placement(_reopenWindow);
        var decisions = new ThreadingDecision[batch.Count];
        var postingOrder = Enumerable.Range(0, batch.Count)
            .OrderBy(index => batch[index].PostedOn)
            .ThenBy(index => index);
        foreach (var index in postingOrder)
        {
            decisions[index] = placement.Place(batch[index], targets[index]);
        }

        return new ThreadingPlan(decisions, placement.NewConversations, placement.Reopened);
    }

    private enum TargetKind
    {
        Explicit,
        Existing,
        NewThread,
    }

    /// <summary>Where a mention belongs before the batch's order decides who starts or reopens what.</summary>
    private sealed class Target
    {
        public Target(TargetKind kind, Guid? explicitId, KnownConversation? conversation, ThreadKey? threadKey, string reason)
        {
            Kind = kind;
            ExplicitId = explicitId;
            Conversation = conversation;
            ThreadKey = threadKey;
            Reason = reason;
        }

        public TargetKind Kind { get; }

        public Guid? ExplicitId { get; }

        public KnownConversation? Conversation { get; }

        public ThreadKey? ThreadKey { get; }

        public string Reason { get; }

        public Target Because(string reason) => new Target(Kind, ExplicitId, Conversation, ThreadKey, reason);
    }

    private sealed class TargetFinder
    {
        private readonly IReadOnlyList<ThreadingMention> _batch;
        private readonly Dictionary<ThreadKey, int> _batchByPost = new Dictionary<ThreadKey, int>();
        private readonly Dictionary<ThreadKey, KnownMention> _storedByPost = new Dictionary<ThreadKey, KnownMention>();
        private readonly Dictionary<ThreadKey, KnownConversation> _conversationsByThread = new Dictionary<ThreadKey, KnownConversation>();
        private readonly Target?[] _found;
        private readonly bool[] _finding;

        public TargetFinder(IReadOnlyList<ThreadingMention> batch, IEnumerable<KnownMention> knownMentions, IEnumerable<KnownConversation> knownConversations)
        {
            _batch = batch;
            _found = new Target?[batch.Count];
            _finding = new bool[batch.Count];
            for (var index = 0; index < batch.Count; index++)
            {
                if (!_batchByPost.ContainsKey(batch[index].PostKey))
                {
                    _batchByPost.Add(batch[index].PostKey, index);
                }
            }

            foreach (var mention in knownMentions)
            {
                if (mention.Conversation != null)
                {
                    _storedByPost[mention.PostKey] = mention;
                }
            }

            // One conversation per thread key; should the store hand over more, the open one wins, else the latest closed.
            foreach (var conversation in knownConversations
                         .OrderBy(conversation => conversation.State == ConversationState.Open ? 1 : 0)
                         .ThenBy(conversation => conversation.ClosedOn ?? DateTime.MinValue))
            {
                _conversationsByThread[conversation.Key] = conversation;
            }
        }

        public Target[] FindAll() => Enumerable.Range(0, _batch.Count).Select(Find).ToArray();

        private Target Find(int index)
        {
            var found = _found[index];
            if (found != null)
            {
                return found;
            }

            _finding[index] = true;
            found = Search(_batch[index]);
            _finding[index] = false;
            _found[index] = found;
            return found;
        }

        private Target Search(ThreadingMention mention)
        {
            if (mention.ConversationId.HasValue)
            {
                return new Target(TargetKind.Explicit, mention.ConversationId, null, null,
                    $"posted in conversation {mention.ConversationId.Value}");
            }

            var parent = mention.ParentKey;
            if (parent != null)
            {
                var byParent = OfPost(parent, $"replies to post {parent.Id}");
                if (byParent != null)
                {
                    return byParent;
                }
            }

            var thread = mention.ThreadKey;
            if (_conversationsByThread.TryGetValue(thread, out var conversation))
            {
                return new Target(TargetKind.Existing, null, conversation, null, $"belongs to thread {thread.Id}");
            }

            if (!thread.Equals(mention.PostKey))
            {
                var byRoot = OfPost(thread, $"belongs to the thread of post {thread.Id}");
                if (byRoot != null)
                {
                    return byRoot;
                }
            }

            return new Target(TargetKind.NewThread, null, null, thread, $"is the first known post of thread {thread.Id}");
        }

        /// <summary>The conversation of a post, in the batch (found first, whatever the order) or stored.</summary>
        private Target? OfPost(ThreadKey post, string reason)
        {
            // A reply cycle inside a batch (bad data) falls through to the thread rule instead of recursing forever.
            if (_batchByPost.TryGetValue(post, out var index) && !_finding[index])
            {
                return Find(index).Because(reason);
            }

            if (_storedByPost.TryGetValue(post, out var stored))
            {
                return new Target(TargetKind.Existing, null, stored.Conversation, null, reason);
            }

            return null;
        }
    }

    /// <summary>Places targets in posting order, remembering what the batch already started or reopened.</summary>
    private sealed class Placement
    {
        private readonly TimeSpan _reopenWindow;
        private readonly Dictionary<ThreadKey, NewConversation> _newByThread = new Dictionary<ThreadKey, NewConversation>();
        private readonly Dictionary<Guid, KnownConversation> _reopened = new Dictionary<Guid, KnownConversation>();

        public Placement(TimeSpan reopenWindow)
        {
            _reopenWindow = reopenWindow;
        }

        public List<NewConversation> NewConversations { get; } = new List<NewConversation>();

        public List<KnownConversation> Reopened { get; } = new List<KnownConversation>();

        public ThreadingDecision Place(ThreadingMention mention, Target target)
        {
            switch (target.Kind)
            {
                case TargetKind.Explicit:
                    return new ThreadingDecision(mention, ThreadingAction.JoinExisting, target.ExplicitId, null, target.Reason);
                case TargetKind.Existing:
                    return PlaceInExisting(mention, target.Conversation!, target.Reason);
                default:
                    return PlaceInNew(mention, target.ThreadKey!, null, target.Reason);
            }
        }

        private ThreadingDecision PlaceInExisting(ThreadingMention mention, KnownConversation conversation, string reason)
        {
            if (conversation.State == ConversationState.Open || _reopened.ContainsKey(conversation.Id))
            {
                return new ThreadingDecision(mention, ThreadingAction.JoinExisting, conversation.Id, null, reason);
            }

            if (_newByThread.ContainsKey(conversation.Key))
            {
                return PlaceInNew(mention, conversation.Key, conversation, reason);
            }

            if (conversation.ClosedOn.HasValue && mention.PostedOn - conversation.ClosedOn.Value <= _reopenWindow)
            {
                _reopened.Add(conversation.Id, conversation);
                Reopened.Add(conversation);
                return new ThreadingDecision(mention, ThreadingAction.Reopen, conversation.Id, null,
                    $"{reason}; its conversation closed within the reopen window");
            }

            return PlaceInNew(mention, conversation.Key, conversation,
                $"{reason}; its conversation closed {(conversation.ClosedOn.HasValue ? "before the reopen window" : "at an unknown time")}");
        }

        private ThreadingDecision PlaceInNew(ThreadingMention mention, ThreadKey thread, KnownConversation? previous, string reason)
        {
            if (_newByThread.TryGetValue(thread, out var started))
            {
                return new ThreadingDecision(mention, ThreadingAction.JoinNew, null, started, reason);
            }

            var conversation = new NewConversation(thread, Title(mention, thread), mention, previous);
            _newByThread.Add(thread, conversation);
            NewConversations.Add(conversation);
            return new ThreadingDecision(mention, ThreadingAction.StartNew, null, conversation, reason);
        }

        private static string Title(ThreadingMention mention, ThreadKey thread)
        {
            var subject = TextNormalizer.Line(mention.Subject) ?? $"{thread.Platform} thread {thread.Id}";
            return Ellipsis.Fit(subject, ConversationTable.NameLength);
        }
    }
}
