namespace Microsoft.Xrm.Sdk;

/// <summary>Optimistic concurrency of an update or delete: by row version or always. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.concurrencybehavior</summary>
public enum ConcurrencyBehavior
{
    Default = 0,
    IfRowVersionMatches = 1,
    AlwaysOverwrite = 2,
}
