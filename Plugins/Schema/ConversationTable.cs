namespace SocialCrm.Plugins.Schema;

/// <summary>scrm_conversation: one thread on one network. Alternate key: platform + external thread id.</summary>
public static class ConversationTable
{
    public const string LogicalName = "scrm_conversation";
    public const string EntitySetName = "scrm_conversations";
    public const string PrimaryId = "scrm_conversationid";
    public const string PrimaryName = "scrm_name";
    public const string AlternateKey = "scrm_platform_externalthreadid";

    public const string Platform = "scrm_platform";
    public const string ExternalThreadId = "scrm_externalthreadid";
    public const string OriginatingProfile = "scrm_originatingprofileid";
    public const string Contact = "scrm_contactid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string Priority = "scrm_priority";
    public const string MentionCount = "scrm_mentioncount";
    /// <summary>Inbound mentions so far: the sample count of the running inbound average sentiment.</summary>
    public const string InboundMentionCount = "scrm_inboundmentioncount";
    public const string FirstMentionOn = "scrm_firstmentionon";
    public const string LastMentionOn = "scrm_lastmentionon";
    public const string LastInboundOn = "scrm_lastinboundon";
    public const string LastOutboundOn = "scrm_lastoutboundon";
    /// <summary>When the company first answered after the customer spoke (rollup).</summary>
    public const string FirstResponseOn = "scrm_firstresponseon";
    /// <summary>Whole minutes from the conversation's first mention to that first answer (rollup).</summary>
    public const string FirstResponseMinutes = "scrm_firstresponseminutes";
    public const string AverageSentiment = "scrm_averagesentiment";
    public const string LastSentiment = "scrm_lastsentiment";
    public const string SentimentTrend = "scrm_sentimenttrend";
    public const string NegativeStreak = "scrm_negativestreak";
    public const string Case = "scrm_caseid";
    public const string EscalatedOn = "scrm_escalatedon";
    public const string EscalationReason = "scrm_escalationreason";
    /// <summary>The escalation rule that fired (beside the readable reason).</summary>
    public const string EscalationRule = "scrm_escalationruleid";
    /// <summary>What the last escalation did (scrm_escalationoutcome): a case, a raised priority, a triage queue item, or nothing.</summary>
    public const string EscalationOutcome = "scrm_escalationoutcome";
    public const string ClosedOn = "scrm_closedon";
    public const string PreviousConversation = "scrm_previousconversationid";

    public const int NameLength = 200;
    public const int ExternalThreadIdLength = 100;
    public const int EscalationReasonLength = 400;
}
