using System;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Accepted mentions for tests that start after the edge.</summary>
public static class Posts
{
    public static Mention Numbered(string postId, string text = "Hello", SocialPlatform platform = SocialPlatform.X) =>
        ByAuthor("author-" + postId, postId, text, platform);

    public static Mention ByAuthor(string authorId, string postId, string text = "Hello", SocialPlatform platform = SocialPlatform.X) =>
        new(platform, postId, new MentionAuthor(authorId, "handle" + authorId), new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), text);
}
