namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>A rule that asks for a case.</summary>
public enum EscalationTrigger
{
    /// <summary>The sentiment is at or below the threshold weighted by the author's influence.</summary>
    Sentiment,

    /// <summary>The text contains an escalation keyword.</summary>
    Keyword,

    /// <summary>The conversation's negative streak reached the configured length.</summary>
    NegativeStreak,
}
