namespace SocialCrm.Mentions;

/// <summary>
/// scrm_platform: the social network a profile, conversation or mention belongs to. Choice values use the publisher's
/// option-value prefix 74650 (allowed range 10000-99999), so values are 746500000 + n.
/// </summary>
public enum SocialPlatform
{
    X = 746500000,
    Facebook = 746500001,
    Instagram = 746500002,
    LinkedIn = 746500003,
    YouTube = 746500004,
    Blog = 746500005,
    Other = 746500006,
    Mastodon = 746500007,
    Bluesky = 746500008,
}
