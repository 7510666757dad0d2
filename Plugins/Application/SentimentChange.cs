using System;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A stored mention whose counted score (see <c>CountedSentiment</c>) may have changed in place: what its figures counted
/// before the update and what they count after it, with where it is counted.
/// </summary>
public sealed class SentimentChange
{
    public SentimentChange(Guid? authorProfileId, Guid? conversationId, bool isInbound, double? before, double? after, WrittenMention? mention)
    {
        AuthorProfileId = authorProfileId;
        ConversationId = conversationId;
        IsInbound = isInbound;
        Before = before;
        After = after;
        Mention = mention;
    }

    public Guid? AuthorProfileId { get; }

    public Guid? ConversationId { get; }

    /// <summary>Only inbound mentions make a conversation's mood; every mention of an author makes its profile's.</summary>
    public bool IsInbound { get; }

    /// <summary>The score the figures counted before the update; null when they counted none.</summary>
    public double? Before { get; }

    /// <summary>The score the figures count after it; null when none (not scored, or erased).</summary>
    public double? After { get; }

    /// <summary>The mention after the update, as escalation reads it; null when it lacks what intake sets.</summary>
    public WrittenMention? Mention { get; }

    /// <summary>False for an update that left the counted score as it was (the same edit again, a redelivery, a hide).</summary>
    public bool Changed => Before != After;
}
