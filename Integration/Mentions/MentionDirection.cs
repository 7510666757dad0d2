namespace SocialCrm.Integration.Mentions;

/// <summary>scrm_direction option values of a mention.</summary>
public enum MentionDirection
{
    Inbound = 746500000,
    Outbound = 746500001,
}
