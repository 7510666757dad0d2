namespace SocialCrm.Integration.Mentions;

/// <summary>The field names of a mention in the import formats and the generic webhook (camel case of <see cref="MentionInput"/>).</summary>
public static class MentionFields
{
    public const string Platform = "platform";
    public const string ExternalPostId = "externalPostId";
    public const string ThreadId = "threadId";
    public const string InReplyToId = "inReplyToId";
    public const string Direction = "direction";
    public const string MessageType = "messageType";
    public const string AuthorExternalId = "authorExternalId";
    public const string AuthorHandle = "authorHandle";
    public const string AuthorDisplayName = "authorDisplayName";
    public const string AuthorEmail = "authorEmail";
    public const string AuthorFollowers = "authorFollowers";
    public const string AuthorVerified = "authorVerified";
    public const string Text = "text";
    public const string PostUrl = "postUrl";
    public const string PostedOn = "postedOn";
    public const string Language = "language";
    public const string Likes = "likes";
    public const string Shares = "shares";
    public const string Replies = "replies";
    public const string SentimentScore = "sentimentScore";
    public const string SentimentSource = "sentimentSource";
}
