namespace SocialCrm.Integration.Mentions;

/// <summary>scrm_messagetype option values: a public post, a comment or reply under a post, or a private message.</summary>
public enum MessageType
{
    Post = 746500000,
    CommentOrReply = 746500001,
    PrivateMessage = 746500002,
}
