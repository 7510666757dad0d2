namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referencing relationship a row is on. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entityrole</summary>
public enum EntityRole
{
    Referencing = 0,
    Referenced = 1,
}
