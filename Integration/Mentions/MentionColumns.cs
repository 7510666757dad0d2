namespace SocialCrm.Integration.Mentions;

/// <summary>
/// The scrm_mention table as the Web API sees it: entity set, alternate key and the columns the worker writes, with
/// their maximum lengths. The names match the solution's schema (a test compares them); sentiment, subject, author
/// profile and conversation are left to the server's intake plug-ins.
/// </summary>
public static class MentionColumns
{
    public const string LogicalName = "scrm_mention";
    public const string EntitySetName = "scrm_mentions";

    public const string Description = "description";
    public const string Platform = "scrm_platform";
    public const string ExternalPostId = "scrm_externalpostid";
    public const string ThreadId = "scrm_threadid";
    public const string InReplyToId = "scrm_inreplytoid";
    public const string Direction = "scrm_direction";
    public const string MessageType = "scrm_messagetype";
    public const string AuthorExternalId = "scrm_authorexternalid";
    public const string AuthorHandle = "scrm_authorhandle";
    public const string AuthorDisplayName = "scrm_authordisplayname";
    public const string AuthorEmail = "scrm_authoremail";
    public const string AuthorFollowers = "scrm_authorfollowers";
    public const string AuthorVerified = "scrm_authorverified";
    public const string PostUrl = "scrm_posturl";
    public const string PostedOn = "scrm_postedon";
    public const string Language = "scrm_language";
    public const string Likes = "scrm_likes";
    public const string Shares = "scrm_shares";
    public const string Replies = "scrm_replies";

    public const int DescriptionLength = 20000;
    public const int ExternalIdLength = 100;
    public const int AuthorHandleLength = 100;
    public const int AuthorDisplayNameLength = 200;
    public const int AuthorEmailLength = 100;
    public const int PostUrlLength = 500;
    public const int LanguageLength = 10;
}
