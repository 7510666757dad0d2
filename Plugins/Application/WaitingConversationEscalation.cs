using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The scheduled re-evaluation of "no reply within N hours" (issue #18): the active rules with such a condition, tried
/// in order on every open conversation whose customer wrote last at least the shortest of their N hours ago and got no
/// reply, through the same <see cref="EscalationRuleSet"/>, <see cref="MentionEscalationContext"/> and
/// <see cref="ConversationEscalation"/> as a new mention: the customer's last message is weighed, so a rule's keywords,
/// kinds of mention and sentiment must hold for it too.
/// A conversation escalates once per wait: an open case, or an escalation after its last inbound message, stops a
/// second. Constant queries whatever the number of conversations: the rules, the waiting conversations, their last
/// inbound mentions and those mentions' authors, one query each, then the writes of the escalations.
/// </summary>
public sealed class WaitingConversationEscalation
{
    private readonly SocialCrmStores _stores;
    private readonly Guid? _fallbackCaseAccountId;
    private readonly DateTime _utcNow;

    public WaitingConversationEscalation(SocialCrmStores stores, Guid? fallbackCaseAccountId, DateTime utcNow)
    {
        _stores = stores;
        _fallbackCaseAccountId = fallbackCaseAccountId;
        _utcNow = utcNow;
    }

    /// <summary>How many conversations were waiting and how many of them escalated.</summary>
    public WaitingConversationsResult EscalateWaiting()
    {
        var waitingRules = _stores.EscalationRules.ReadActive().Rules.Where(rule => rule.Conditions.NoReplyWithinHours.HasValue).ToList();
        if (waitingRules.Count == 0)
        {
            return new WaitingConversationsResult(0, 0);
        }

        var rules = new EscalationRuleSet(waitingRules, _fallbackCaseAccountId);
        var cutoff = _utcNow.AddHours(-waitingRules.Min(rule => rule.Conditions.NoReplyWithinHours!.Value));
        var waiting = _stores.Conversations.FindAwaitingReply(cutoff).Where(w => w.HoursWithoutReply(_utcNow).HasValue).ToList();
        if (waiting.Count == 0)
        {
            return new WaitingConversationsResult(0, 0);
        }

        var lastInbound = _stores.Mentions.LatestInbound(
            waiting.Select(w => w.Conversation.Id).ToList(), waiting.Min(w => w.Conversation.Figures.Times.LastInboundOn!.Value));
        var authors = _stores.Profiles.FindByIds(lastInbound.Values.Select(m => m.AuthorProfileId).OfType<Guid>());
        var escalation = new ConversationEscalation(_stores, _utcNow);
        var escalated = 0;
        foreach (var conversation in waiting)
        {
            // A conversation whose last message is no longer stored has nothing for the rules' other conditions to weigh.
            if (!lastInbound.TryGetValue(conversation.Conversation.Id, out var mention))
            {
                continue;
            }

            var decision = rules.Decide(Context(conversation, mention, authors));
            if (decision.Escalate)
            {
                _stores.Conversations.WriteEscalation(conversation.Conversation.Id, escalation.Escalate(decision, conversation.Conversation.Id));
                escalated++;
            }
        }

        return new WaitingConversationsResult(waiting.Count, escalated);
    }

    // The customer's last message, weighed as intake weighed it (text, kind, sentiment, author) with its author's and
    // conversation's current figures, and how long it has waited: every condition of a rule holds or none fires.
    private EscalationContext Context(WaitingConversation waiting, WrittenMention lastInbound, Dictionary<Guid, StoredProfile> authors)
    {
        var conversation = waiting.Conversation;
        var author = lastInbound.AuthorProfileId is { } profileId && authors.TryGetValue(profileId, out var found) ? found : null;
        return MentionEscalationContext.Of(lastInbound, author, author?.Figures.InfluenceScore ?? 0, conversation, conversation.Figures.NegativeStreak,
            conversation.CaseIsOpen, waiting.HoursWithoutReply(_utcNow));
    }
}
