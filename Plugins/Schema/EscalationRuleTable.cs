namespace SocialCrm.Plugins.Schema;

/// <summary>
/// scrm_escalationrule: when a mention escalates its conversation and what happens then. Conditions are AND-ed; an empty
/// condition column takes no part. Active rules are tried in <see cref="Order"/>; the first that matches wins.
/// </summary>
public static class EscalationRuleTable
{
    public const string LogicalName = "scrm_escalationrule";
    public const string EntitySetName = "scrm_escalationrules";
    public const string PrimaryId = "scrm_escalationruleid";
    public const string PrimaryName = "scrm_name";

    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string Order = "scrm_order";
    public const string Platforms = "scrm_platforms";
    public const string MessageTypes = "scrm_messagetypes";
    public const string SentimentAtOrBelow = "scrm_sentimentatorbelow";
    public const string WeighByInfluence = "scrm_weighbyinfluence";
    public const string SentimentAbove = "scrm_sentimentabove";
    public const string InfluenceAtOrAbove = "scrm_influenceatorabove";
    public const string FollowersAtOrAbove = "scrm_followersatorabove";
    public const string VerifiedAuthorOnly = "scrm_verifiedauthoronly";
    public const string Keywords = "scrm_keywords";
    public const string MatchAllKeywords = "scrm_matchallkeywords";
    public const string NegativeStreakAtLeast = "scrm_negativestreakatleast";
    /// <summary>Matches when the customer's last message has waited this many hours with no reply (the scheduled re-evaluation).</summary>
    public const string NoReplyWithinHours = "scrm_noreplywithinhours";
    public const string Action = "scrm_action";
    public const string Priority = "scrm_priority";
    public const string CaseTitle = "scrm_casetitle";
    /// <summary>casetypecode of the case the rule opens (scrm_casetype, incident's values).</summary>
    public const string CaseType = "scrm_casetype";
    /// <summary>The queue the rule's case is added to (AddToQueue).</summary>
    public const string Queue = "scrm_queueid";
    /// <summary>The owner team the rule's case is assigned to.</summary>
    public const string OwnerTeam = "scrm_ownerteamid";
    /// <summary>What happens for a person with no contact (scrm_nocontactaction); empty is a case on the fallback customer.</summary>
    public const string NoContact = "scrm_nocontactaction";

    public const int NameLength = 100;
    public const int PlatformsLength = 200;
    public const int MessageTypesLength = 100;
    public const int KeywordsLength = 1000;
    public const int CaseTitleLength = 200;
    /// <summary>A year: the longest wait a rule can name.</summary>
    public const int MaxNoReplyHours = 8760;
}
