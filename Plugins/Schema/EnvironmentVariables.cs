namespace SocialCrm.Plugins.Schema;

/// <summary>Schema names of the solution's environment variable definitions: every tunable of the product.</summary>
public static class EnvironmentVariables
{
    /// <summary>Decimal, default -0.6: sentiment at or below this (weighted by influence) escalates.</summary>
    public const string EscalationSentimentThreshold = "scrm_EscalationSentimentThreshold";

    /// <summary>String, default "refund;lawyer;cancel my account;fraud;legal action": a keyword escalates.</summary>
    public const string EscalationKeywords = "scrm_EscalationKeywords";

    /// <summary>Integer, default 3: this many negative inbound mentions in a row escalate.</summary>
    public const string NegativeStreakLength = "scrm_NegativeStreakLength";

    /// <summary>Integer (days), default 7: a closed conversation reopens within this window.</summary>
    public const string ReopenWindowDays = "scrm_ReopenWindowDays";

    /// <summary>Boolean, default false: create a contact for a person no contact matches (from their name or e-mail).</summary>
    public const string AutoCreateContacts = "scrm_AutoCreateContacts";

    /// <summary>String (account id), default empty: customer of cases raised for people with no contact.</summary>
    public const string FallbackCaseAccountId = "scrm_FallbackCaseAccountId";
}
