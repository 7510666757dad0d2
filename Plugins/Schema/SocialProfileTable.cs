namespace SocialCrm.Plugins.Schema;

/// <summary>scrm_socialprofile: one identity on one network. Alternate key: platform + external user id.</summary>
public static class SocialProfileTable
{
    public const string LogicalName = "scrm_socialprofile";
    public const string EntitySetName = "scrm_socialprofiles";
    public const string PrimaryId = "scrm_socialprofileid";
    public const string PrimaryName = "scrm_name";
    public const string AlternateKey = "scrm_platform_externaluserid";

    public const string Platform = "scrm_platform";
    public const string ExternalUserId = "scrm_externaluserid";
    public const string Handle = "scrm_handle";
    public const string DisplayName = "scrm_displayname";
    public const string Email = "scrm_email";
    public const string ProfileUrl = "scrm_profileurl";
    public const string Followers = "scrm_followers";
    public const string Verified = "scrm_verified";
    public const string InfluenceScore = "scrm_influencescore";
    public const string Contact = "scrm_contactid";
    public const string LinkMethod = "scrm_linkmethod";
    public const string LinkConfidence = "scrm_linkconfidence";
    public const string Blocked = "scrm_blocked";
    public const string MentionCount = "scrm_mentioncount";
    public const string ScoredMentionCount = "scrm_scoredmentioncount";
    public const string TotalEngagement = "scrm_totalengagement";
    public const string LastMentionOn = "scrm_lastmentionon";
    public const string AverageSentiment = "scrm_averagesentiment";
    public const string IdentityAsOf = "scrm_identityasof";
    public const string AccountStatus = "scrm_accountstatus";

    /// <summary>When the network said the account status the profile shows (UTC): an older account event does not replace it.</summary>
    public const string AccountStatusAsOf = "scrm_accountstatusasof";

    public const int NameLength = 200;
    public const int ExternalUserIdLength = 100;
    public const int HandleLength = 100;
    public const int DisplayNameLength = 200;
    public const int EmailLength = 100;
    public const int ProfileUrlLength = 500;
}
