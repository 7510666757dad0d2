namespace SocialCrm.Plugins.Schema;

/// <summary>
/// Unique names of the Custom APIs and their request/response parameters. The solution's customapis/ folder and the
/// workflow activities use exactly these names.
/// </summary>
public static class CustomApis
{
    /// <summary>Text -> Score (Decimal, -1..1; 0 when not scored), Label (String: positive/neutral/negative, or notscored
    /// for a text the scorer cannot judge), IsNegative (Boolean).</summary>
    public static class ScoreSentiment
    {
        public const string Name = "scrm_ScoreSentiment";
        public const string Text = "Text";
        public const string Score = "Score";
        public const string Label = "Label";
        public const string IsNegative = "IsNegative";
    }

    /// <summary>
    /// Platform (Integer: scrm_platform value), ExternalUserId, Handle?, DisplayName?, Email?, AsOf? (DateTime: when the
    /// network said it), AccountStatus? (Integer: scrm_accountstatus value) -> Profile (EntityReference), Created
    /// (Boolean), Contact (EntityReference, when linked).
    /// </summary>
    public static class ResolveSocialIdentity
    {
        public const string Name = "scrm_ResolveSocialIdentity";
        public const string Platform = "Platform";
        public const string ExternalUserId = "ExternalUserId";
        public const string Handle = "Handle";
        public const string DisplayName = "DisplayName";
        public const string Email = "Email";
        public const string AsOf = "AsOf";
        public const string AccountStatus = "AccountStatus";
        public const string Profile = "Profile";
        public const string Created = "Created";
        public const string Contact = "Contact";
    }

    /// <summary>Profile (EntityReference), Contact (EntityReference) -> ConversationsMoved (Integer).</summary>
    public static class LinkProfileToContact
    {
        public const string Name = "scrm_LinkProfileToContact";
        public const string Profile = "Profile";
        public const string Contact = "Contact";
        public const string ConversationsMoved = "ConversationsMoved";
    }

    /// <summary>Conversation (EntityReference), Reason (String?) -> Case (EntityReference), Created (Boolean).</summary>
    public static class EscalateConversation
    {
        public const string Name = "scrm_EscalateConversation";
        public const string Conversation = "Conversation";
        public const string Reason = "Reason";
        public const string Case = "Case";
        public const string Created = "Created";
    }

    /// <summary>
    /// Conversation (EntityReference) -> MentionCount (Integer), AverageSentiment (Decimal), LastMentionOn (DateTime),
    /// LastText (String), Case (EntityReference, when escalated).
    /// </summary>
    public static class GetConversationSummary
    {
        public const string Name = "scrm_GetConversationSummary";
        public const string Conversation = "Conversation";
        public const string MentionCount = "MentionCount";
        public const string AverageSentiment = "AverageSentiment";
        public const string LastMentionOn = "LastMentionOn";
        public const string LastText = "LastText";
        public const string Case = "Case";
    }

    /// <summary>
    /// Mention (EntityReference) -> WouldEscalate (Boolean), Rule (String), Reason (String), CaseTitle (String): which
    /// escalation rule would fire for a stored mention, creating nothing.
    /// </summary>
    /// <summary>() -> Waiting (Integer), Escalated (Integer): the scheduled "no reply within N hours" re-evaluation.</summary>
    public static class EscalateWaitingConversations
    {
        public const string Name = "scrm_EscalateWaitingConversations";
        public const string Waiting = "Waiting";
        public const string Escalated = "Escalated";
    }

    public static class TestEscalationRules
    {
        public const string Name = "scrm_TestEscalationRules";
        public const string Mention = "Mention";
        public const string WouldEscalate = "WouldEscalate";
        public const string Rule = "Rule";
        public const string Reason = "Reason";
        public const string CaseTitle = "CaseTitle";
    }

    /// <summary>
    /// Conversation (EntityReference), Text (String), Private (Boolean?), ReopenConversation (Boolean?) -> Reply
    /// (EntityReference to the pending scrm_mention).
    /// </summary>
    public static class ReplyToConversation
    {
        public const string Name = "scrm_ReplyToConversation";
        public const string Conversation = "Conversation";
        public const string Text = "Text";
        public const string Private = "Private";
        public const string ReopenConversation = "ReopenConversation";
        public const string Reply = "Reply";
    }
}
