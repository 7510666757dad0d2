using System.Linq;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// GET on one record, by id or alternate key. A plain read is the Retrieve message; a read that also shows expanded
/// records or the names behind lookups is one RetrieveMultiple with the key as its criteria, since LocalDataverse's
/// Retrieve returns neither. If-None-Match with the record's current ETag answers 304, unless $expand or annotations
/// are asked for, as documented.
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
        if (selection.Expansions.Count == 0 && !withNames)
        {
            return ((RetrieveResponse)call.Organization.Execute(new RetrieveRequest { Target = key.Reference(), ColumnSet = selection.ColumnSet() })).Entity;
        }

        var query = QueryBuilder.Build(selection, withNames, call.Service.Environment.Metadata);
        query.Criteria.AddFilter(key.Criteria());
        query.TopCount = 1;
        var rows = ((RetrieveMultipleResponse)call.Organization.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection.Entities;
        return rows.FirstOrDefault() ?? throw key.NotFound();
    }

    public static WebApiResponse Write(WebApiCall call, Entity row, RecordSelection selection, int statusCode, ODataUri? uri = null)
    {
        var serializer = new RecordSerializer(call.Service.Environment.Metadata, call.AnnotationFilter);
        return PayloadWriter.Write(statusCode, call.Model.Model, call.WriterSettings(uri), writer =>
            serializer.Write(writer.CreateODataResourceWriter(selection.Shape.Set, selection.Shape.Type), row, selection));
    }
}
