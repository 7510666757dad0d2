using System;
using System.Text.Json.Serialization;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// One normalised, validated inbound post, comment or message: what the queue holds and the sink writes as one
/// scrm_mention. Only <see cref="MentionNormalizer"/> and the sources' payload readers (through it) build one, so a
/// mention that exists has passed the edge's checks. <see cref="PostedOn"/> is UTC. <see cref="SentimentScore"/> and
/// <see cref="SentimentSource"/> come together: a score the source delivered, and who scored it.
/// </summary>
public sealed record Mention(
    SocialPlatform Platform,
    string ExternalPostId,
    MentionAuthor Author,
    DateTimeOffset PostedOn,
    string? Text = null,
    string? ThreadId = null,
    string? InReplyToId = null,
    string? PostUrl = null,
    string? Language = null,
    int? Likes = null,
    int? Shares = null,
    int? Replies = null,
    MessageType MessageType = MessageType.PublicPost,
    double? SentimentScore = null,
    string? SentimentSource = null)
{
    /// <summary>The alternate key (platform + external post id) as Dataverse compares it (<see cref="PostIds"/>): the queue
    /// coalesces on it.</summary>
    public string Key => PostIds.Key(Platform, ExternalPostId);

    /// <summary>Platform and author id: the same person on two networks is two authors to the server. Their mentions keep
    /// their order (the sink's lanes, the broker's partitions).</summary>
    [JsonIgnore]
    public string AuthorKey => $"{(int)Platform}:{Author.ExternalId}";
}
