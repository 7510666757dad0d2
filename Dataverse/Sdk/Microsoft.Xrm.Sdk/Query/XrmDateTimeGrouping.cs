namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The part of a date an aggregate query groups by. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.xrmdatetimegrouping</summary>
public enum XrmDateTimeGrouping
{
    None = 0,
    Day = 1,
    Week = 2,
    Month = 3,
    Quarter = 4,
    Year = 5,
    FiscalPeriod = 6,
    FiscalYear = 7,
}
