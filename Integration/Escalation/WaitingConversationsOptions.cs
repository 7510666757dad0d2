using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Escalation;

/// <summary>
/// The "WaitingConversations" section: how often the worker asks Dataverse to escalate conversations whose customer got
/// no reply within an escalation rule's hours (scrm_EscalateWaitingConversations).
/// </summary>
public sealed class WaitingConversationsOptions
{
    public const string Section = "WaitingConversations";

    public bool Enabled { get; set; } = true;

    /// <summary>Between two runs; a rule's hours are met at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
