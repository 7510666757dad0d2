namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Where a mention goes.</summary>
public enum ThreadingAction
{
    /// <summary>Into an existing open conversation (or one reopened earlier in the same batch).</summary>
    JoinExisting,

    /// <summary>Into a closed conversation that it reopens: it came within the reopen window.</summary>
    Reopen,

    /// <summary>Into a new conversation that this mention starts.</summary>
    StartNew,

    /// <summary>Into a new conversation another mention of the same batch starts.</summary>
    JoinNew,
}
