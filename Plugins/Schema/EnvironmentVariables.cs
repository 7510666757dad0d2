namespace SocialCrm.Plugins.Schema;

/// <summary>
/// Schema names of the solution's environment variable definitions: every tunable of the product that is not an escalation
/// rule (the escalation thresholds and keywords are the seed rules' columns, shipped as data: Solution/data).
/// </summary>
public static class EnvironmentVariables
{
    /// <summary>Integer (days), default 7: a closed conversation reopens within this window.</summary>
    public const string ReopenWindowDays = "scrm_ReopenWindowDays";

    /// <summary>Boolean, default false: create a contact for a person no contact matches (from their name or e-mail).</summary>
    public const string AutoCreateContacts = "scrm_AutoCreateContacts";

    /// <summary>String (account id), default empty: customer of cases raised for people with no contact.</summary>
    public const string FallbackCaseAccountId = "scrm_FallbackCaseAccountId";
}
