using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// The Preference-Applied header: which of the caller's Prefer values the answer honoured.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers
/// </summary>
internal static class Preferences
{
    public static void Applied(WebApiResponse response, WebApiCall call, int? maxPageSize = null, bool returnedContent = false)
    {
        var applied = new List<string>();
        if (call.Preferences.AnnotationFilter is { } filter)
        {
            applied.Add($"odata.include-annotations=\"{filter}\"");
        }

        if (maxPageSize is int size)
        {
            applied.Add($"odata.maxpagesize={size}");
        }

        if (returnedContent)
        {
            applied.Add("return=representation");
        }

        if (applied.Count > 0)
        {
            response.Headers["Preference-Applied"] = string.Join(",", applied);
        }
    }
}
