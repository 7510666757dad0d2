namespace SocialCrm.Mentions;

/// <summary>
/// scrm_mention: one post, comment or message. An activity table, so mentions appear on timelines; its regarding
/// object is the conversation. Alternate key: platform + external post id. The author columns carry the author as the
/// source posted it; intake resolves them to a social profile.
/// </summary>
public static class MentionTable
{
    public const string LogicalName = "scrm_mention";
    public const string EntitySetName = "scrm_mentions";
    public const string PrimaryId = "activityid";
    public const string PrimaryName = "subject";
    public const string AlternateKey = "scrm_platform_externalpostid";

    public const string Subject = "subject";
    public const string Description = "description";
    public const string Conversation = "regardingobjectid";
    public const string Platform = "scrm_platform";
    public const string ExternalPostId = "scrm_externalpostid";
    public const string ThreadId = "scrm_threadid";
    public const string InReplyToId = "scrm_inreplytoid";
    public const string Direction = "scrm_direction";
    public const string MessageType = "scrm_messagetype";
    public const string AuthorProfile = "scrm_authorprofileid";
    public const string AuthorExternalId = "scrm_authorexternalid";
    public const string AuthorHandle = "scrm_authorhandle";
    public const string AuthorDisplayName = "scrm_authordisplayname";
    public const string AuthorEmail = "scrm_authoremail";
    public const string AuthorFollowers = "scrm_authorfollowers";
    public const string AuthorVerified = "scrm_authorverified";
    public const string PostUrl = "scrm_posturl";
    public const string PostedOn = "scrm_postedon";
    public const string SentimentScore = "scrm_sentimentscore";
    public const string SentimentLabel = "scrm_sentimentlabel";

    /// <summary>Who scored the sentiment: the tool that sent the score with the mention, or the local lexicon.</summary>
    public const string SentimentSource = "scrm_sentimentsource";
    public const string Language = "scrm_language";
    public const string Likes = "scrm_likes";
    public const string Shares = "scrm_shares";
    public const string Replies = "scrm_replies";
    public const string SendStatus = "scrm_sendstatus";
    public const string SendError = "scrm_senderror";

    /// <summary>When the network accepted a reply; the reply's posted-on is the same moment.</summary>
    public const string SentOn = "scrm_senton";

    /// <summary>Whether sending a failed reply again can help (a rate limit or an outage) or not (the network refused it).</summary>
    public const string SendRetryable = "scrm_sendretryable";

    /// <summary>statecode: <see cref="MentionState"/>.</summary>
    public const string StateCode = "statecode";

    /// <summary>statuscode: <see cref="MentionStatus"/>; a mention taken off its network says why here.</summary>
    public const string StatusCode = "statuscode";

    public const int SubjectLength = 200;
    public const int DescriptionLength = 20000;
    public const int ExternalIdLength = 100;
    public const int AuthorHandleLength = 100;
    public const int AuthorDisplayNameLength = 200;
    public const int AuthorEmailLength = 100;
    public const int PostUrlLength = 500;
    public const int LanguageLength = 10;
    public const int SentimentSourceLength = 100;
    public const int SendErrorLength = 2000;
}
