namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>When asynchronous steps run.</summary>
public enum AsyncJobMode
{
    /// <summary>As soon as the transaction that raised them commits, before the request returns (the test default: deterministic).</summary>
    AfterCommit,

    /// <summary>Only when <see cref="AsyncJobRunner.RunPending"/> is called, to observe the state before they run.</summary>
    OnDemand,
}
