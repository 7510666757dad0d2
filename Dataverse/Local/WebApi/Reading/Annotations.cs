namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// The instance annotations Dataverse adds to a record's properties when Prefer: odata.include-annotations asks.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#request-annotations
/// </summary>
internal static class Annotations
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";

    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";

    public const string AssociatedNavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

    public const string TotalRecordCount = "Microsoft.Dynamics.CRM.totalrecordcount";

    public const string TotalRecordCountLimitExceeded = "Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded";
}
