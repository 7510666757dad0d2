using System;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>An escalation rule that cannot work as written; the message names the column and what is wrong.</summary>
public sealed class InvalidEscalationRuleException : Exception
{
    public InvalidEscalationRuleException(string column, string message)
        : base(message)
    {
        Column = column;
    }

    /// <summary>Logical name of the scrm_escalationrule column at fault.</summary>
    public string Column { get; }
}
