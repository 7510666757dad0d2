using System;
using System.Linq;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using SocialCrm.Dataverse.Local.WebApi.Errors;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// Query options the service refuses rather than ignores: $skip (Dataverse pages with @odata.nextLink instead), and
/// what LocalDataverse does not run ($apply, $search, $compute and saved queries).
/// </summary>
internal static class QueryOptionCheck
{
    private static readonly string[] NotRun = { "savedQuery", "userQuery" };

    public static void Check(ODataUri uri, Uri url)
    {
        if (uri.Skip is not null)
        {
            // The message Dataverse gives for $skip.
            throw WebApiException.BadRequest("Skip Clause is not supported in CRM");
        }

        if (uri.Apply is not null || uri.Search is not null || uri.Compute is not null)
        {
            throw WebApiException.BadRequest("LocalDataverse does not run $apply, $search or $compute.");
        }

        var option = url.Query.TrimStart('?').Split('&').Select(o => o.Split('=')[0])
            .FirstOrDefault(o => NotRun.Contains(o, StringComparer.Ordinal));
        if (option is not null)
        {
            throw WebApiException.BadRequest($"LocalDataverse does not run {option} queries; use $filter or fetchXml.");
        }
    }
}
