using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>A new mention in its conversation, after rollups: everything the escalation rules look at.</summary>
public sealed class EscalationContext
{
    public EscalationContext(
        SocialPlatform platform,
        MentionDirection direction,
        double sentimentScore,
        string? text,
        int negativeStreak,
        int authorInfluence,
        bool authorBlocked,
        bool conversationHasOpenCase,
        string? subject = null,
        string? authorHandle = null,
        string? authorDisplayName = null,
        Guid? contactId = null,
        string? postUrl = null)
    {
        Platform = platform;
        Direction = direction;
        SentimentScore = sentimentScore;
        Text = text;
        NegativeStreak = negativeStreak;
        AuthorInfluence = authorInfluence;
        AuthorBlocked = authorBlocked;
        ConversationHasOpenCase = conversationHasOpenCase;
        Subject = subject;
        AuthorHandle = authorHandle;
        AuthorDisplayName = authorDisplayName;
        ContactId = contactId;
        PostUrl = postUrl;
    }

    public SocialPlatform Platform { get; }

    public MentionDirection Direction { get; }

    /// <summary>The mention's sentiment score, -1..1.</summary>
    public double SentimentScore { get; }

    /// <summary>The mention's full text.</summary>
    public string? Text { get; }

    /// <summary>The conversation's negative streak including this mention (after rollups).</summary>
    public int NegativeStreak { get; }

    /// <summary>The author's influence score, 0..100.</summary>
    public int AuthorInfluence { get; }

    /// <summary>The author's profile is blocked (see <c>IdentityDecision.MayEscalate</c>).</summary>
    public bool AuthorBlocked { get; }

    /// <summary>The conversation's case exists and is still active.</summary>
    public bool ConversationHasOpenCase { get; }

    public string? Subject { get; }

    public string? AuthorHandle { get; }

    public string? AuthorDisplayName { get; }

    /// <summary>The contact of the author's profile: the case's customer when known.</summary>
    public Guid? ContactId { get; }

    public string? PostUrl { get; }
}
