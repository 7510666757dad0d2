namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The conversation of the mention, after rollups: its negative streak and whether a case is already open.</summary>
public sealed class EscalatingConversation
{
    public EscalatingConversation(int negativeStreak, bool hasOpenCase)
    {
        NegativeStreak = negativeStreak;
        HasOpenCase = hasOpenCase;
    }

    /// <summary>The conversation's negative streak including this mention.</summary>
    public int NegativeStreak { get; }

    /// <summary>The conversation's case exists and is still active.</summary>
    public bool HasOpenCase { get; }
}
