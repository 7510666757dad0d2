using System.Collections.Generic;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// GET on an entity set: one RetrieveMultiple with $select, $filter, $orderby, $top, $expand and $count, paged by
/// Prefer: odata.maxpagesize (5000 by default) with @odata.nextLink to the next page.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
/// </summary>
internal static class QueryHandler
{
    public static WebApiResponse Handle(WebApiCall call, EntityShape shape)
    {
        var uri = call.Uri;
        var selection = RecordSelection.From(shape, uri.SelectAndExpand, call.Model);
        var query = QueryBuilder.Build(selection, call.AnnotationFilter(Annotations.FormattedValue), call.Service.Environment.Metadata);
        QueryBuilder.AddFilter(query, uri.Filter, shape, call.Model);
        QueryBuilder.AddOrders(query, uri.OrderBy, shape);

        var page = PageToken.PageOf(uri.SkipToken);
        var pageSize = uri.Top is null ? call.Preferences.MaxPageSize : null;
        if (uri.Top is long top)
        {
            query.TopCount = (int)top;
        }
        else
        {
            query.PageInfo = new PagingInfo { PageNumber = page, Count = pageSize ?? 0 };
        }

        if (uri.QueryCount == true)
        {
            query.PageInfo = query.PageInfo ?? new PagingInfo { PageNumber = 1 };
            query.PageInfo.ReturnTotalRecordCount = true;
        }

        var result = ((RetrieveMultipleResponse)call.Organization.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;
        CollectionExpander.Expand(call, result.Entities, selection);
        var serializer = new RecordSerializer(call.Service.Environment.Metadata, call.AnnotationFilter);
        var response = PayloadWriter.Write(200, call.Model.Model, call.WriterSettings(), writer =>
        {
            var set = writer.CreateODataResourceSetWriter(shape.Set, shape.Type);
            var resourceSet = new ODataResourceSet
            {
                Count = uri.QueryCount == true ? result.TotalRecordCount : null,
                NextPageLink = result.MoreRecords && uri.Top is null ? PageToken.NextLink(call.Request.Url, page + 1) : null,
            };
            if (uri.QueryCount == true)
            {
                AddCountAnnotations(resourceSet, result);
            }

            set.WriteStart(resourceSet);
            foreach (var row in result.Entities)
            {
                serializer.Write(set, row, selection);
            }

            set.WriteEnd();
        });
        Preferences.Applied(response, call, maxPageSize: pageSize);
        return response;
    }

    // Whether a count of 5000 is exact, for callers that ask with Prefer: odata.include-annotations.
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows
    private static void AddCountAnnotations(ODataResourceSet set, Microsoft.Xrm.Sdk.EntityCollection result)
    {
        set.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.TotalRecordCount, new ODataPrimitiveValue(result.TotalRecordCount)));
        set.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.TotalRecordCountLimitExceeded, new ODataPrimitiveValue(result.TotalRecordCountLimitExceeded)));
    }
}
