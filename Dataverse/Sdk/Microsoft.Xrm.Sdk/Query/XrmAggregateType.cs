namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The aggregate a query column computes. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.xrmaggregatetype</summary>
public enum XrmAggregateType
{
    None = 0,
    Count = 1,
    CountColumn = 2,
    Sum = 3,
    Avg = 4,
    Min = 5,
    Max = 6,
}
