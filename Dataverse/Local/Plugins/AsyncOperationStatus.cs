namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The asyncoperation (system job) state and status values a job goes through: Ready/WaitingForResources when queued,
/// Locked/InProgress while it runs, Completed/Succeeded or Completed/Failed.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
/// </summary>
internal static class AsyncOperationStatus
{
    public const string Table = "asyncoperation";

    public const int Ready = 0;
    public const int WaitingForResources = 0;
    public const int Locked = 2;
    public const int InProgress = 20;
    public const int Completed = 3;
    public const int Succeeded = 30;
    public const int Failed = 31;
}
