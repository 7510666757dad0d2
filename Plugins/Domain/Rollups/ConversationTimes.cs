using System;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>
/// When a conversation's first, latest, latest inbound and latest outbound mentions were posted, and when the company
/// first answered the customer (UTC).
/// </summary>
public sealed class ConversationTimes
{
    public static readonly ConversationTimes None = new ConversationTimes(firstMentionOn: null, lastMentionOn: null, lastInboundOn: null, lastOutboundOn: null);

    public ConversationTimes(DateTime? firstMentionOn, DateTime? lastMentionOn, DateTime? lastInboundOn, DateTime? lastOutboundOn, DateTime? firstResponseOn = null)
    {
        FirstResponseOn = firstResponseOn;
        FirstMentionOn = firstMentionOn;
        LastMentionOn = lastMentionOn;
        LastInboundOn = lastInboundOn;
        LastOutboundOn = lastOutboundOn;
    }

    public DateTime? FirstMentionOn { get; }

    public DateTime? LastMentionOn { get; }

    public DateTime? LastInboundOn { get; }

    public DateTime? LastOutboundOn { get; }

    /// <summary>The earliest outbound mention posted after an inbound one: our first answer. Null until we answer.</summary>
    public DateTime? FirstResponseOn { get; }

    /// <summary>Whole minutes from the first mention to the first answer: the first-response time.</summary>
    public int? FirstResponseMinutes =>
        FirstResponseOn.HasValue && FirstMentionOn.HasValue
            ? (int)Math.Max(0, Math.Floor((FirstResponseOn.Value - FirstMentionOn.Value).TotalMinutes))
            : (int?)null;
}
