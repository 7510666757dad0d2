namespace SocialCrm.Plugins.Schema;

/// <summary>
/// Whether an option value read from a row is one of the plug-ins' choice options: a switch per choice, where
/// <c>Enum.IsDefined</c> boxes and reflects for every row a batch reads. A test holds each switch to its enum.
/// </summary>
public static class ChoiceOptions
{
    /// <summary>scrm_linkmethod.</summary>
    public static bool IsLinkMethod(int value) =>
        (LinkMethod)value is LinkMethod.NotLinked or LinkMethod.ExactEmail or LinkMethod.SameHandleOnLinkedNetwork or LinkMethod.Manual
            or LinkMethod.CreatedContact;

    /// <summary>scrm_sentimenttrend.</summary>
    public static bool IsSentimentTrend(int value) =>
        (SentimentTrend)value is SentimentTrend.Improving or SentimentTrend.Stable or SentimentTrend.Worsening;

    /// <summary>scrm_conversation's statuscode.</summary>
    public static bool IsConversationStatus(int value) =>
        (ConversationStatus)value is ConversationStatus.New or ConversationStatus.Resolved or ConversationStatus.AwaitingReply
            or ConversationStatus.AwaitingCustomer or ConversationStatus.Ignored;
}
