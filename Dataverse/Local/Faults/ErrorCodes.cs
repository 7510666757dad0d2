namespace SocialCrm.Dataverse.Local.Faults;

/// <summary>
/// The Dataverse error codes LocalDataverse raises, with the names and messages of the error code reference:
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/web-service-error-codes
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040203 InvalidArgument: a value of the wrong type, a missing parameter, a batch too large.</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040217 ObjectDoesNotExist: no row with that id or key.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040219 NotImplemented: a message LocalDataverse does not handle.</summary>
    public const int NotImplemented = unchecked((int)0x80040219);

    /// <summary>0x80040220 PrivilegeDenied: the caller's security roles do not grant the privilege the request needs.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>
    /// 0x80040237 DuplicateRecord: a row with the same primary key or alternate key values already exists
    /// ("Cannot insert duplicate key", https://learn.microsoft.com/troubleshoot/power-platform/dataverse/user-permissions/client-errors).
    /// </summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80040265 IsvAborted: a plug-in threw InvalidPluginExecutionException (or any other exception).</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>0x80041103 QueryBuilderNoAttribute: a column the table does not have.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x80041102 QueryBuilderNoEntity: a table the environment does not have.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041108 QueryBuilderInvalid_Value: a condition value the operator cannot take.</summary>
    public const int QueryBuilderInvalidValue = unchecked((int)0x80041108);

    /// <summary>0x8004110F QueryBuilderByAttributeMismatch: a QueryByAttribute whose attributes and values do not pair up.</summary>
    public const int QueryBuilderByAttributeMismatch = unchecked((int)0x8004110F);

    /// <summary>0x80041120 QueryBuilderInvalidConditionOperator: a condition operator LocalDataverse does not translate.</summary>
    public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x80044182 SdkCorrelationTokenDepthTooHigh: the depth limit (8) was passed, a plug-in loop.</summary>
    public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);

    /// <summary>0x80044331 StringLengthTooLong: a text value longer than the column's maximum length.</summary>
    public const int StringLengthTooLong = unchecked((int)0x80044331);

    /// <summary>0x80060882 ConcurrencyVersionMismatch: the row changed since the caller read it.</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>0x80060883 ConcurrencyVersionNotProvided: IfRowVersionMatches without a RowVersion.</summary>
    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);

    /// <summary>
    /// 0x80048408: a statuscode that does not belong to the row's statecode ("{status} is not a valid status code for
    /// state code {Table}State.{State}"); a status may only be set with, or within, the state it belongs to.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/web-service-error-codes
    /// </summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);

    /// <summary>0x80044150 unManagedidssqlerror: a storage failure with no closer Dataverse code.</summary>
    public const int SqlError = unchecked((int)0x80044150);

    /// <summary>0x8004431A PicklistValueOutOfRange: a choice value the column does not define.</summary>
    public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);

    /// <summary>0x80041107 QueryBuilderAttribute_With_Aggregate: a column an aggregate query neither aggregates nor groups by.</summary>
    public const int QueryBuilderAttributeWithAggregate = unchecked((int)0x80041107);

    /// <summary>0x80041109 QueryBuilderInvalid_Alias: an alias the query does not define.</summary>
    public const int QueryBuilderInvalidAlias = unchecked((int)0x80041109);

    /// <summary>0x8004110B QueryBuilderNoAlias: an aggregate without the alias its value is returned under.</summary>
    public const int QueryBuilderNoAlias = unchecked((int)0x8004110B);

    /// <summary>0x80041117 QueryBuilderDeserializeInvalidLinkType: a FetchXML link-type that does not exist.</summary>
    public const int QueryBuilderDeserializeInvalidLinkType = unchecked((int)0x80041117);

    /// <summary>0x8004111A QueryBuilderDeserializeInvalidAggregate: an aggregate that does not exist or where none may be.</summary>
    public const int QueryBuilderDeserializeInvalidAggregate = unchecked((int)0x8004111A);

    /// <summary>0x8004111C QueryBuilderDeserializeInvalidNode: FetchXML that strays from Fetch.xsd.</summary>
    public const int QueryBuilderDeserializeInvalidNode = unchecked((int)0x8004111C);

    /// <summary>0x80041122 QueryBuilderInvalidFilterType: a filter type other than and/or.</summary>
    public const int QueryBuilderInvalidFilterType = unchecked((int)0x80041122);

    /// <summary>0x80041124 QueryBuilderDeserializeEmptyXml: an empty FetchXML query.</summary>
    public const int QueryBuilderDeserializeEmptyXml = unchecked((int)0x80041124);
}
