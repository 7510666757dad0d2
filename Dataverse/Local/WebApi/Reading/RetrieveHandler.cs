using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Storage;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// GET on one record, by id or alternate key: the Retrieve message, so its steps run once per read, whatever the read
/// shows; expanded records and the names behind lookups are added beside it. If-None-Match with the record's current
/// ETag answers 304, unless $expand or annotations are asked for, as documented.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#conditional-retrievals
/// </summary>
internal static class RetrieveHandler
{
    public static WebApiResponse Handle(WebApiCall call, RecordKey key)
    {
        var selection = RecordSelection.From(key.Shape, call.Uri.SelectAndExpand, call.Model);
        var withNames = call.AnnotationFilter(Annotations.FormattedValue);
        var row = Read(call, key, selection, withNames);
        var ifNoneMatch = call.Request.Header("If-None-Match");
        if (ifNoneMatch is not null && selection.Expansions.Count == 0 && call.Preferences.AnnotationFilter is null
            && ifNoneMatch == $"W/\"{row.RowVersion}\"")
        {
            return new WebApiResponse(304);
        }

        var response = Write(call, row, selection, 200);
        Preferences.Applied(response, call);
        return response;
    }

    public static Entity Read(WebApiCall call, RecordKey key, RecordSelection selection, bool withNames)
    {
        var row = ((RetrieveResponse)call.Organization.Execute(new RetrieveRequest { Target = key.Reference(), ColumnSet = selection.ColumnSet() })).Entity;
        if (selection.Expansions.Count > 0 || withNames)
        {
            AddLinkedColumns(call, row, selection, withNames);
        }

        return row;
    }

    public static WebApiResponse Write(WebApiCall call, Entity row, RecordSelection selection, int statusCode, ODataUri? uri = null)
    {
        var serializer = new RecordSerializer(call.Service.Environment.Metadata, call.AnnotationFilter);
        return PayloadWriter.Write(statusCode, call.Model.Model, call.WriterSettings(uri), writer =>
            serializer.Write(writer.CreateODataResourceWriter(selection.Shape.Set, selection.Shape.Type), row, selection));
    }

    /// <summary>
    /// Adds the expanded records' columns and the lookups' names to a retrieved row, as aliased values. The platform
    /// reads them beside the message, as Dataverse fills in lookup names, so no RetrieveMultiple step sees them.
    /// </summary>
    private static void AddLinkedColumns(WebApiCall call, Entity row, RecordSelection selection, bool withNames)
    {
        var environment = call.Service.Environment;
        var query = QueryBuilder.Build(selection, withNames, environment.Metadata);
        query.ColumnSet = new ColumnSet(false);
        query.Criteria.AddCondition(selection.Shape.Table.PrimaryIdColumn, ConditionOperator.Equal, row.Id);
        var linked = environment.ReadCommitted(store => store.Query(query, new QueryContext(environment.Metadata, environment.UtcNow, call.Request.CallerId)));
        foreach (var (name, value) in linked.Entities.SelectMany(e => e.Attributes).Where(a => a.Value is AliasedValue))
        {
            row[name] = value;
        }
    }
}
