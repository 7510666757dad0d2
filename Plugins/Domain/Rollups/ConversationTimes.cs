using System;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>When a conversation's first, latest, latest inbound and latest outbound mentions were posted (UTC).</summary>
public sealed class ConversationTimes
{
    public static readonly ConversationTimes None = new ConversationTimes(firstMentionOn: null, lastMentionOn: null, lastInboundOn: null, lastOutboundOn: null);

    public ConversationTimes(DateTime? firstMentionOn, DateTime? lastMentionOn, DateTime? lastInboundOn, DateTime? lastOutboundOn)
    {
        FirstMentionOn = firstMentionOn;
        LastMentionOn = lastMentionOn;
        LastInboundOn = lastInboundOn;
        LastOutboundOn = lastOutboundOn;
    }

    public DateTime? FirstMentionOn { get; }

    public DateTime? LastMentionOn { get; }

    public DateTime? LastInboundOn { get; }

    public DateTime? LastOutboundOn { get; }
}
