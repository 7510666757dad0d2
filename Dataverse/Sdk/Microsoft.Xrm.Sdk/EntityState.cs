namespace Microsoft.Xrm.Sdk;

/// <summary>Whether a row in a request is unchanged, created or changed. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitystate</summary>
public enum EntityState
{
    Unchanged = 0,
    Created = 1,
    Changed = 2,
}
