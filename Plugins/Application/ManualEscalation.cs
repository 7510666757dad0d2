using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The case an agent or a flow asks for (EscalateConversation), as an escalation decision: Normal priority, the
/// network's origin, the conversation's contact as customer (else the fallback account), and the reason given.
/// </summary>
public static class ManualEscalation
{
    public const string DefaultReason = "Escalated by hand.";

    public static EscalationDecision Decide(StoredConversation conversation, string? reason, Guid? fallbackAccountId)
    {
        var why = TextNormalizer.Line(reason) ?? DefaultReason;
        var name = TextNormalizer.Line(conversation.Name) ?? $"{conversation.Platform} thread {conversation.ExternalThreadId}";
        var title = Ellipsis.Fit($"Escalated {conversation.Platform} conversation: {name}", StandardTables.Incident.TitleLength);
        var description = Ellipsis.Fit(
            $"{why}\n\nConversation \"{name}\" on {conversation.Platform}: {conversation.Figures.MentionCount} mentions.",
            StandardTables.Incident.DescriptionLength);
        return EscalationDecision.OpenCase(
            Ellipsis.Fit(why, ConversationTable.EscalationReasonLength),
            null,
            ConversationPriority.Normal,
            new CaseToOpen(new DeferredText(title), new DeferredText(description), CasePriority.Normal, CaseToOpen.OriginOf(conversation.Platform), conversation.ContactId, fallbackAccountId));
    }
}
