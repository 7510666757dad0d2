namespace SocialCrm.Plugins.Schema;

// Choice values use the publisher's option-value prefix 74650 (allowed range 10000-99999), so values are 746500000 + n.

/// <summary>scrm_sentimentlabel of a mention. NotScored: the text gave nothing to judge (empty, only links, handles or
/// hashtags, or a language the lexicon does not cover), so the mention has no score rather than a false neutral.</summary>
public enum SentimentLabel
{
    Positive = 746500000,
    Neutral = 746500001,
    Negative = 746500002,
    NotScored = 746500003,
}

/// <summary>scrm_linkmethod: how a profile was linked to its contact.</summary>
public enum LinkMethod
{
    NotLinked = 746500000,
    ExactEmail = 746500001,
    SameHandleOnLinkedNetwork = 746500002,
    Manual = 746500003,
    CreatedContact = 746500004,
}

/// <summary>scrm_priority of a conversation.</summary>
public enum ConversationPriority
{
    Low = 746500000,
    Normal = 746500001,
    High = 746500002,
    Urgent = 746500003,
}

/// <summary>scrm_sentimenttrend of a conversation: the last mention's sentiment against the average.</summary>
public enum SentimentTrend
{
    Improving = 746500000,
    Stable = 746500001,
    Worsening = 746500002,
}

/// <summary>statecode of a conversation.</summary>
public enum ConversationState
{
    Open = 0,
    Closed = 1,
}

/// <summary>
/// statuscode of a conversation: New, Awaiting reply (the customer spoke last), Awaiting customer (we answered last) while
/// open; Resolved, Ignored when closed.
/// </summary>
public enum ConversationStatus
{
    New = 1,
    Resolved = 2,
    AwaitingReply = 746500000,
    AwaitingCustomer = 746500001,
    Ignored = 746500002,
}

/// <summary>caseorigincode values of incident that SocialCrm sets (standard values).</summary>
public enum CaseOrigin
{
    Web = 3,
    Facebook = 2483,
    Twitter = 3986,
}

/// <summary>
/// prioritycode values of incident (standard values) that escalation sets.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/incident#BKMK_PriorityCode
/// </summary>
public enum CasePriority
{
    High = 1,
    Normal = 2,
    Low = 3,
}

/// <summary>
/// scrm_casetype: the case type an escalation rule gives its case. Dataverse keeps option values of a solution in its
/// publisher's range, so these are not incident's own casetypecode values; CaseToOpen.CaseTypeCodeOf maps them.
/// </summary>
public enum CaseType
{
    Question = 746500000,
    Problem = 746500001,
    Request = 746500002,
}

/// <summary>scrm_nocontactaction: what a rule's escalation does for a person with no contact, since a case needs a customer.</summary>
public enum NoContactAction
{
    /// <summary>A case on scrm_FallbackCaseAccountId; not carried out while it is unset.</summary>
    FallbackCustomer = 746500000,

    /// <summary>The conversation goes in the rule's queue for someone to triage; no case.</summary>
    QueueForTriage = 746500001,

    /// <summary>A contact is created from the author's profile (name, else e-mail) and the case opens on it.</summary>
    CreateContact = 746500002,
}

/// <summary>scrm_escalationoutcome: what an escalation of the conversation did, so one that did nothing shows.</summary>
public enum EscalationOutcome
{
    CaseOpened = 746500000,
    PriorityRaised = 746500001,
    QueuedForTriage = 746500002,
    NotCarriedOut = 746500003,
}

/// <summary>scrm_escalationaction: what an escalation rule does when it matches.</summary>
public enum EscalationAction
{
    CreateCase = 746500000,
    RaisePriority = 746500001,
}
