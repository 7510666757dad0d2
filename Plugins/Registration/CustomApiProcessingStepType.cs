namespace SocialCrm.Plugins.Registration;

/// <summary>
/// customapi.allowedcustomprocessingsteptype.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables#customapi-table-columns
/// </summary>
public enum CustomApiProcessingStepType
{
    /// <summary>No other plug-in may be registered on the API.</summary>
    None = 0,

    /// <summary>Others may react asynchronously to the outcome but cannot change it.</summary>
    AsyncOnly = 1,

    SyncAndAsync = 2,
}
