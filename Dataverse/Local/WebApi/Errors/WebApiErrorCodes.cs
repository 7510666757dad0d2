namespace SocialCrm.Dataverse.Local.WebApi.Errors;

/// <summary>
/// The error codes the Web API answers with beyond the organization service's own, as Dataverse sends them.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-client-errors
/// </summary>
internal static class WebApiErrorCodes
{
    /// <summary>A query option or URL the OData layer rejects ("Could not find a property named 'x'...").</summary>
    public const string ODataQuery = "0x80060888";

    /// <summary>"Resource not found for the segment 'x'.": an entity set, action or function that does not exist.</summary>
    public const string ResourceNotFound = "0x8006088a";

    /// <summary>"Error identified in Payload provided by the user for Entity :'x'": a body that does not fit the entity type.</summary>
    public const string InvalidPayload = "0x80048d19";

    /// <summary>0x80040216 UnexpectedError: a real fault of the server.</summary>
    public const string Unexpected = "0x80040216";

    // Service protection: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limit-errors

    /// <summary>0x80072322: number of requests exceeded the limit over the time window.</summary>
    public const string TooManyRequests = "0x80072322";

    /// <summary>0x80072321: combined execution time exceeded the limit over the time window.</summary>
    public const string ExecutionTimeExceeded = "0x80072321";

    /// <summary>0x80072326: number of concurrent requests exceeded the limit.</summary>
    public const string TooManyConcurrentRequests = "0x80072326";

    /// <summary>The hex form Dataverse writes an organization service error code in, e.g. 0x80040217.</summary>
    public static string Hex(int errorCode) => "0x" + errorCode.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
