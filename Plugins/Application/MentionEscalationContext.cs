using System;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Application;

/// <summary>A written mention in its conversation, by its author, as the escalation rules see it.</summary>
public static class MentionEscalationContext
{
    /// <param name="influence">The author's influence after this batch's rollups.</param>
    /// <param name="negativeStreak">The conversation's negative streak including this mention.</param>
    /// <param name="hoursWithoutReply">How long the mention has waited for a reply, known only to the scheduled re-evaluation.</param>
    public static EscalationContext Of(
        WrittenMention mention, StoredProfile? author, int influence, StoredConversation conversation, int negativeStreak, bool hasOpenCase,
        double? hoursWithoutReply = null) =>
        Of(mention.ForEscalation(), author, influence, conversation.ContactId, negativeStreak, hasOpenCase, hoursWithoutReply);

    /// <param name="influence">The author's influence after this batch's rollups.</param>
    /// <param name="conversationContactId">The conversation's contact, the customer when the author has none.</param>
    /// <param name="negativeStreak">The conversation's negative streak including this mention.</param>
    /// <param name="hoursWithoutReply">How long the mention has waited for a reply, known only to the scheduled re-evaluation.</param>
    public static EscalationContext Of(
        EscalatingMention mention, StoredProfile? author, int influence, Guid? conversationContactId, int negativeStreak, bool hasOpenCase,
        double? hoursWithoutReply = null) =>
        new EscalationContext(
            mention,
            author == null
                ? new EscalatingAuthor(0, blocked: false, contactId: conversationContactId)
                : new EscalatingAuthor(influence, author.Identity.Blocked, author.Identity.Handle, author.Identity.DisplayName,
                    author.Identity.ContactId ?? conversationContactId, author.Identity.Followers ?? 0, author.Identity.Verified,
                    author.Id, author.Identity.Email),
            new EscalatingConversation(negativeStreak, hasOpenCase, hoursWithoutReply));
}
