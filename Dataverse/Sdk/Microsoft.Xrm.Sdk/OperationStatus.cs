namespace Microsoft.Xrm.Sdk;

/// <summary>Status a plug-in reports with InvalidPluginExecutionException. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.operationstatus</summary>
public enum OperationStatus
{
    Failed = 0,
    Canceled = 1,
    Retry = 2,
    Suspended = 3,
    Succeeded = 4,
}
