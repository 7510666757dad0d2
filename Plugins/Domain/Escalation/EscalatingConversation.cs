namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// The conversation of the mention, after rollups: its negative streak, whether a case is already open, and how long the
/// customer has waited for a reply (known only to the scheduled re-evaluation; a new mention has just arrived).
/// </summary>
public sealed class EscalatingConversation
{
    public EscalatingConversation(int negativeStreak, bool hasOpenCase, double? hoursWithoutReply = null)
    {
        NegativeStreak = negativeStreak;
        HasOpenCase = hasOpenCase;
        HoursWithoutReply = hoursWithoutReply;
    }

    /// <summary>Hours since the customer's last inbound message with no outbound reply since; null when answered or not known.</summary>
    public double? HoursWithoutReply { get; }

    /// <summary>The conversation's negative streak including this mention.</summary>
    public int NegativeStreak { get; }

    /// <summary>The conversation's case exists and is still active.</summary>
    public bool HasOpenCase { get; }
}
