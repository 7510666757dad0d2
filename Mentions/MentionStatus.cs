namespace SocialCrm.Mentions;

/// <summary>statecode of scrm_mention: an activity's four states.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_StateCode</summary>
public enum MentionState
{
    Open = 0,
    Completed = 1,
    Canceled = 2,
    Scheduled = 3,
}

/// <summary>
/// statuscode of scrm_mention: the activity's standard reasons, and why a mention was taken off its network. A mention
/// removed on its network is canceled (it stays on the timeline, marked); deletes and hides never create a mention.
/// </summary>
public enum MentionStatus
{
    Open = 1,
    Completed = 2,
    Canceled = 3,
    Scheduled = 4,

    /// <summary>Its author deleted it (Meta remove, X delete, Mastodon delete, Bluesky delete commit).</summary>
    DeletedByAuthor = 746500000,

    /// <summary>The page or account it was posted to hid it (Meta hide).</summary>
    HiddenByPage = 746500001,

    /// <summary>Its feed withdrew it (Atom deleted-entry, RFC 6721).</summary>
    Unpublished = 746500002,

    /// <summary>The brand's account can no longer see it, which does not prove its author deleted it (Mastodon answers
    /// alike for a deleted status and one hidden from the account by a block or its visibility): its text is kept.</summary>
    NoLongerVisible = 746500003,
}
