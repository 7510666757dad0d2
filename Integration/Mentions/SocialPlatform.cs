namespace SocialCrm.Integration.Mentions;

/// <summary>
/// scrm_platform option values, as the solution defines them (publisher option prefix 74650, so 746500000 + n).
/// Integration keeps its own copy because it speaks to Dataverse over HTTP only and references no Plugins code.
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
