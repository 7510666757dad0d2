namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Sort direction of a query order. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.ordertype</summary>
public enum OrderType
{
    Ascending = 0,
    Descending = 1,
}
