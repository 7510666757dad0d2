using System;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Accepted mentions for tests that start after the edge.</summary>
public static class Posts
{
    public static Mention Numbered(string postId, string text = "Hello", SocialPlatform platform = SocialPlatform.X) =>
        new(platform, postId, new MentionAuthor("author-" + postId, "handle" + postId), new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), text);
}
