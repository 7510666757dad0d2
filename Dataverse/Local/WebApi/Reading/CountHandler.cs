using Microsoft.OData;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// GET on <c>{entityset}/$count</c>: the number of records $filter matches, as plain text, up to 5000 as Dataverse counts.
/// One RetrieveMultiple reads a single row and the count, so RetrieveMultiple steps see the request.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows
/// </summary>
internal static class CountHandler
{
    public static WebApiResponse Handle(WebApiCall call, EntityShape shape)
    {
        var query = new QueryExpression(shape.Table.LogicalName)
        {
            ColumnSet = new ColumnSet(false),
            PageInfo = new PagingInfo { PageNumber = 1, Count = 1, ReturnTotalRecordCount = true },
        };
        QueryBuilder.AddFilter(query, call.Uri.Filter, shape, call.Model);
        var result = ((RetrieveMultipleResponse)call.Organization.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;
        return PayloadWriter.Write(200, call.Model.Model, call.WriterSettings(), writer => writer.WriteValue(result.TotalRecordCount), ODataFormat.RawValue);
    }
}
