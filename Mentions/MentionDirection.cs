namespace SocialCrm.Mentions;

/// <summary>scrm_direction of a mention: inbound from a network, or an outbound reply posted from Dataverse.</summary>
public enum MentionDirection
{
    Inbound = 746500000,
    Outbound = 746500001,
}
