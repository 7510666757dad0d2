using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// PATCH on a record, by id or alternate key. Without conditions it is an Upsert; If-Match: * makes it an Update (404
/// when the record does not exist); If-Match: W/"n" an Update that applies only to that row version (412 otherwise);
/// If-None-Match: * a Create (412 when the record exists).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#upsert-a-table-row
/// </summary>
internal static class PatchHandler
{
    public static WebApiResponse Handle(WebApiCall call, RecordKey key)
    {
        var target = EntityBuilder.FromBody(call, key.Shape, key.Target());
        var ifMatch = call.Request.Header("If-Match");
        var ifNoneMatch = call.Request.Header("If-None-Match");
        if (ETag.IsAny(ifMatch))
        {
            call.Organization.Execute(new UpdateRequest { Target = target });
            return Written.Answer(call, key, created: false);
        }

        if (!ETag.IsNone(ifMatch))
        {
            target.RowVersion = ETag.Version(ifMatch!);
            call.Organization.Execute(new UpdateRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            return Written.Answer(call, key, created: false);
        }

        if (ETag.IsAny(ifNoneMatch))
        {
            foreach (var (column, value) in key.Keys)
            {
                target[column] = value;
            }

            var id = ((CreateResponse)call.Organization.Execute(new CreateRequest { Target = target })).id;
            return Written.Answer(call, RecordKey.ForId(key.Shape, id), created: true);
        }

        var upsert = (UpsertResponse)call.Organization.Execute(new UpsertRequest { Target = target });
        return Written.Answer(call, RecordKey.ForId(key.Shape, upsert.Target.Id), upsert.RecordCreated);
    }

}
