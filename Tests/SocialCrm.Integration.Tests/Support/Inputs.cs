using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Inputs as sources deliver them.</summary>
public static class Inputs
{
    public static MentionInput Valid(string postId = "1001") => new()
    {
        Platform = "x",
        ExternalPostId = postId,
        AuthorExternalId = "42",
        AuthorHandle = "@Ada",
        AuthorDisplayName = "Ada Lovelace",
        Text = "My order never arrived.",
        PostedOn = "2025-03-01T09:30:00Z",
    };
}
