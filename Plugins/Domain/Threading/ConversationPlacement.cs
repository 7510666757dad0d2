using System;
using System.Collections.Generic;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Places targets in posting order, remembering what the batch already started or reopened.</summary>
internal sealed class ConversationPlacement
{
    private readonly TimeSpan _reopenWindow;
    private readonly IReadOnlyDictionary<ThreadKey, KnownConversation> _knownByThread;
    private readonly Dictionary<ThreadKey, NewConversation> _newByThread = new Dictionary<ThreadKey, NewConversation>();
    private readonly Dictionary<Guid, KnownConversation> _reopened = new Dictionary<Guid, KnownConversation>();

    public ConversationPlacement(TimeSpan reopenWindow, IReadOnlyDictionary<ThreadKey, KnownConversation> knownByThread)
    {
        _reopenWindow = reopenWindow;
        _knownByThread = knownByThread;
    }

    public List<NewConversation> NewConversations { get; } = new List<NewConversation>();

    public List<KnownConversation> Reopened { get; } = new List<KnownConversation>();

    public ThreadingDecision Place(ThreadingMention mention, ThreadTarget target)
    {
        switch (target.Kind)
        {
            case ThreadTargetKind.Explicit:
                return new ThreadingDecision(mention, ThreadingAction.JoinExisting, target.ExplicitId, null);
            case ThreadTargetKind.Existing:
                return PlaceInExisting(mention, target.Conversation!);
            default:
                return PlaceInNew(mention, target.ThreadKey!, null);
        }
    }

    private ThreadingDecision PlaceInExisting(ThreadingMention mention, KnownConversation conversation)
    {
        if (conversation.State == ConversationState.Open || _reopened.ContainsKey(conversation.Id))
        {
            return new ThreadingDecision(mention, ThreadingAction.JoinExisting, conversation.Id, null);
        }

        if (_newByThread.ContainsKey(conversation.Thread))
        {
            return PlaceInNew(mention, conversation.Thread, conversation);
        }

        // A retired conversation gave its thread to a later one and never reopens, even for a late reply posted within
        // its window: that would leave two open conversations of one thread. The mention goes where the thread went,
        // by that conversation's own rules, and never under the retired key (no later mention of the thread finds it).
        if (conversation.IsRetired)
        {
            return _knownByThread.TryGetValue(conversation.Thread, out var successor) && successor.Id != conversation.Id
                ? PlaceInExisting(mention, successor)
                : PlaceInNew(mention, conversation.Thread, conversation);
        }

        if (conversation.ClosedOn.HasValue && mention.PostedOn - conversation.ClosedOn.Value <= _reopenWindow)
        {
            _reopened.Add(conversation.Id, conversation);
            Reopened.Add(conversation);
            return new ThreadingDecision(mention, ThreadingAction.Reopen, conversation.Id, null);
        }

        // Closed before the reopen window, or at a time not recorded.
        return PlaceInNew(mention, conversation.Thread, conversation);
    }

    private ThreadingDecision PlaceInNew(ThreadingMention mention, ThreadKey thread, KnownConversation? previous)
    {
        if (_newByThread.TryGetValue(thread, out var started))
        {
            return new ThreadingDecision(mention, ThreadingAction.JoinNew, null, started);
        }

        var conversation = new NewConversation(thread, Title(mention, thread), mention, previous);
        _newByThread.Add(thread, conversation);
        NewConversations.Add(conversation);
        return new ThreadingDecision(mention, ThreadingAction.StartNew, null, conversation);
    }

    private static string Title(ThreadingMention mention, ThreadKey thread)
    {
        var subject = TextNormalizer.Line(mention.Subject) ?? $"{thread.Platform} thread {thread.Id}";
        return Ellipsis.Fit(subject, ConversationTable.NameLength);
    }
}
