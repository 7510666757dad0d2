using System;

namespace SocialCrm.Plugins.Application;

/// <summary>An open conversation whose customer wrote last, as the scheduled re-evaluation reads it.</summary>
public sealed class WaitingConversation
{
    public WaitingConversation(StoredConversation conversation, DateTime? escalatedOn)
    {
        Conversation = conversation;
        EscalatedOn = escalatedOn;
    }

    public StoredConversation Conversation { get; }

    /// <summary>scrm_escalatedon: when it last escalated, if ever.</summary>
    public DateTime? EscalatedOn { get; }

    /// <summary>Hours since the customer's last message, or null when it was answered since or already escalated for this wait.</summary>
    public double? HoursWithoutReply(DateTime utcNow)
    {
        var times = Conversation.Figures.Times;
        if (!times.LastInboundOn.HasValue
            || (times.LastOutboundOn.HasValue && times.LastOutboundOn.Value >= times.LastInboundOn.Value)
            || (EscalatedOn.HasValue && EscalatedOn.Value >= times.LastInboundOn.Value))
        {
            return null;
        }

        return (utcNow - times.LastInboundOn.Value).TotalHours;
    }
}
