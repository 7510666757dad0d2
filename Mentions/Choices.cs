namespace SocialCrm.Mentions;

/// <summary>
/// Whether an option value is one of a choice column's options. A switch per choice, where <c>Enum.IsDefined</c> boxes
/// the value and looks the type's values up by reflection on every call: intake checks several choices of every
/// mention, and the stores every row they read. A test in the plug-ins' tests holds each switch to its enum.
/// </summary>
public static class Choices
{
    /// <summary>scrm_platform.</summary>
    public static bool IsPlatform(int value) =>
        (SocialPlatform)value is SocialPlatform.X or SocialPlatform.Facebook or SocialPlatform.Instagram or SocialPlatform.LinkedIn
            or SocialPlatform.YouTube or SocialPlatform.Blog or SocialPlatform.Other or SocialPlatform.Mastodon or SocialPlatform.Bluesky;

    /// <summary>scrm_direction.</summary>
    public static bool IsDirection(int value) =>
        (MentionDirection)value is MentionDirection.Inbound or MentionDirection.Outbound;

    /// <summary>scrm_messagetype.</summary>
    public static bool IsMessageType(int value) =>
        (MessageType)value is MessageType.PublicPost or MessageType.CommentOrReply or MessageType.PrivateMessage;
}
