namespace SocialCrm.Mentions;

/// <summary>scrm_messagetype of a mention: a public post, a comment or reply under a post, or a private message.
/// Private messages stay out of public views.</summary>
public enum MessageType
{
    PublicPost = 746500000,
    CommentOrReply = 746500001,
    PrivateMessage = 746500002,
}
