using System;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// Carries out an escalation decision: opens the case when there is a customer for it and says what the conversation
/// records. The rollup plug-in and the EscalateConversation Custom API both escalate through it.
/// </summary>
public sealed class ConversationEscalation
{
    private readonly ICaseStore _cases;
    private readonly DateTime _utcNow;

    public ConversationEscalation(ICaseStore cases, DateTime utcNow)
    {
        _cases = cases;
        _utcNow = utcNow;
    }

    /// <summary>
    /// Carries out <paramref name="decision"/> (which must escalate): a rule that only raises the priority records it
    /// with its reason; otherwise the case opens. Without a contact or a fallback account no case can be raised (incident
    /// requires a customer): the conversation then records why, at High priority, for an agent to act on.
    /// </summary>
    public EscalationRecord Escalate(EscalationDecision decision)
    {
        if (!decision.Escalate)
        {
            throw new ArgumentException("The decision does not escalate.", nameof(decision));
        }

        if (decision.Action == EscalationAction.RaisePriority)
        {
            return new EscalationRecord(null, _utcNow, decision.Reason, decision.Priority, decision.RuleId);
        }

        if (!decision.HasCustomer)
        {
            return new EscalationRecord(null, _utcNow,
                $"No case raised: the author has no contact and {EnvironmentVariables.FallbackCaseAccountId} is not set. {decision.Reason}",
                ConversationPriority.High,
                decision.RuleId);
        }

        return new EscalationRecord(_cases.Open(decision), _utcNow, decision.Reason, decision.Priority, decision.RuleId);
    }
}
