using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// The answer to a write: 204 No Content with OData-EntityId, or the record itself (201 if created, 200 if updated)
/// when the caller sent Prefer: return=representation. A record written by alternate key is named by that key, as the
/// request named it: the organization service leaves the caller's target as it was, id unresolved.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#create-with-data-returned
/// </summary>
internal static class Written
{
    public static WebApiResponse Answer(WebApiCall call, RecordKey key, bool created)
    {
        WebApiResponse response;
        if (call.Preferences.ReturnContent == true)
        {
            var selection = RecordSelection.From(key.Shape, call.Uri.SelectAndExpand, call.Model);
            var row = RetrieveHandler.Read(call, key, selection, call.AnnotationFilter(Annotations.FormattedValue));
            response = RetrieveHandler.Write(call, row, selection, created ? 201 : 200);
            Preferences.Applied(response, call, returnedContent: true);
        }
        else
        {
            response = WebApiResponse.NoContent();
        }

        response.Headers["OData-EntityId"] = key.Url(call.ServiceRoot).AbsoluteUri;
        return response;
    }
}
