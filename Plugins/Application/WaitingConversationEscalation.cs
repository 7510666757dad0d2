using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The scheduled re-evaluation of "no reply within N hours" (issue #18): the active rules with such a condition, tried
/// in order on every open conversation whose customer wrote last at least the shortest of their N hours ago and got no
/// reply, through the same <see cref="EscalationRuleSet"/> and <see cref="ConversationEscalation"/> as a new mention.
/// A conversation escalates once per wait: an open case, or an escalation after its last inbound message, stops a
/// second. Constant queries whatever the number of conversations: the rules, the waiting conversations and their
/// authors' profiles, one query each, then the writes of the escalations.
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
        var authors = _stores.Profiles.FindByIds(waiting.Select(w => w.Conversation.OriginatingProfileId).OfType<Guid>());
        var escalation = new ConversationEscalation(_stores, _utcNow);
        var escalated = 0;
        foreach (var conversation in waiting)
        {
            var decision = rules.Decide(Context(conversation, authors));
            if (decision.Escalate)
            {
                _stores.Conversations.WriteEscalation(conversation.Conversation.Id, escalation.Escalate(decision, conversation.Conversation.Id));
                escalated++;
            }
        }

        return new WaitingConversationsResult(waiting.Count, escalated);
    }

    // The conversation as the rules see it: its last inbound sentiment, its subject, and the author who started it.
    private EscalationContext Context(WaitingConversation waiting, Dictionary<Guid, StoredProfile> authors)
    {
        var conversation = waiting.Conversation;
        var author = conversation.OriginatingProfileId is { } profileId && authors.TryGetValue(profileId, out var found) ? found : null;
        return new EscalationContext(
            new EscalatingMention(conversation.Platform, MentionDirection.Inbound, conversation.Figures.LastSentiment ?? 0, null, conversation.Name),
            author == null
                ? new EscalatingAuthor(0, blocked: false, contactId: conversation.ContactId)
                : new EscalatingAuthor(author.Figures.InfluenceScore, author.Identity.Blocked, author.Identity.Handle, author.Identity.DisplayName,
                    author.Identity.ContactId ?? conversation.ContactId, author.Identity.Followers ?? 0, author.Identity.Verified, author.Id,
                    author.Identity.Email),
            new EscalatingConversation(conversation.Figures.NegativeStreak, conversation.CaseIsOpen, waiting.HoursWithoutReply(_utcNow)));
    }
}
