using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// What a rule does when it fires: open a case (of this priority, title and type, routed to a queue or an owner team)
/// or only raise the conversation's priority.
/// </summary>
public sealed class RuleAction
{
    public RuleAction(
        EscalationAction kind,
        ConversationPriority priority,
        CaseTitleTemplate? caseTitle = null,
        CaseType? caseType = null,
        CaseRouting? routing = null,
        NoContactAction noContact = NoContactAction.FallbackCustomer)
    {
        if (noContact == NoContactAction.QueueForTriage && routing?.QueueId == null)
        {
            throw new InvalidEscalationRuleException(EscalationRuleTable.Queue,
                $"{EscalationRuleTable.Queue}: a rule that queues people with no contact for triage needs a queue.");
        }

        NoContact = noContact;
        Kind = kind;
        Priority = priority;
        CaseTitle = caseTitle ?? CaseTitleTemplate.Parse(null);
        CaseType = caseType;
        Routing = routing ?? CaseRouting.None;
    }

    public EscalationAction Kind { get; }

    /// <summary>The conversation's priority after the rule fires; the case's priority too (Urgent opens a High case).</summary>
    public ConversationPriority Priority { get; }

    public CaseTitleTemplate CaseTitle { get; }

    /// <summary>incident casetypecode; null leaves it empty.</summary>
    public CaseType? CaseType { get; }

    public CaseRouting Routing { get; }

    /// <summary>What happens when the author has no contact to be the case's customer.</summary>
    public NoContactAction NoContact { get; }
}
