namespace Microsoft.Xrm.Sdk.Query;

/// <summary>And/or between the conditions and filters of a filter. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.logicaloperator</summary>
public enum LogicalOperator
{
    And = 0,
    Or = 1,
}
