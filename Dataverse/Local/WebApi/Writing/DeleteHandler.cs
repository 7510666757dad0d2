using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// DELETE on a record, by id or alternate key: one Delete, 204. If-Match: W/"n" deletes only that row version (412 otherwise).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#apply-optimistic-concurrency-on-delete
/// </summary>
internal static class DeleteHandler
{
    public static WebApiResponse Handle(WebApiCall call, RecordKey key)
    {
        var target = key.Reference();
        var request = new DeleteRequest { Target = target };
        var ifMatch = call.Request.Header("If-Match");
        if (!ETag.IsNone(ifMatch) && !ETag.IsAny(ifMatch))
        {
            target.RowVersion = ETag.Version(ifMatch!);
            request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        call.Organization.Execute(request);
        return WebApiResponse.NoContent();
    }
}
