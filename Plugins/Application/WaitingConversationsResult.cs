namespace SocialCrm.Plugins.Application;

/// <summary>What one scheduled re-evaluation did.</summary>
public sealed class WaitingConversationsResult
{
    public WaitingConversationsResult(int waiting, int escalated)
    {
        Waiting = waiting;
        Escalated = escalated;
    }

    /// <summary>Open conversations whose customer waited long enough with no reply, before the rules' other conditions.</summary>
    public int Waiting { get; }

    public int Escalated { get; }
}
