using System;
using System.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using SocialCrm.Dataverse.Local.WebApi.Batch;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Operations;
using SocialCrm.Dataverse.Local.WebApi.Reading;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// Routes a request by its parsed OData path and method to the handler that turns it into organization requests, and
/// turns whatever it throws into Dataverse's error answer. HTTP requests and $batch parts both come through here.
/// </summary>
internal sealed class RequestDispatcher
{
    private readonly WebApiService service;
    private readonly BatchHandler batch;

    public RequestDispatcher(WebApiService service)
    {
        this.service = service;
        batch = new BatchHandler(this);
    }

    public WebApiResponse Dispatch(WebApiRequest request, ContentIdMap? contentIds = null)
    {
        try
        {
            return Route(request, contentIds ?? ContentIdMap.Empty);
        }
        catch (Exception exception)
        {
            var error = FaultMapper.Map(exception);
            if (error.StatusCode >= 500)
            {
                service.Logger.LogError(exception, "{Method} {Url} failed", request.Method, request.Url);
            }

            return ErrorResponses.For(error);
        }
    }

    private WebApiResponse Route(WebApiRequest request, ContentIdMap contentIds)
    {
        var root = WebApiService.ServiceRootOf(request.Url);
        var uri = new ODataUriParser(service.Model.Model, root, request.Url) { Resolver = new AlternateKeysODataUriResolver(service.Model.Model) }.ParseUri();
        QueryOptionCheck.Check(uri, request.Url);
        var call = new WebApiCall(service, request, uri, contentIds);
        var segments = uri.Path.ToList();
        return (request.Method, segments) switch
        {
            ("GET", []) => ServiceDocumentHandler.Handle(call),
            ("GET", [MetadataSegment]) => MetadataHandler.Handle(call),
            ("POST", [BatchSegment]) when !request.InBatch => batch.Handle(call),
            ("POST", [BatchSegment]) => throw WebApiException.BadRequest("A $batch cannot contain another $batch."),
            ("GET", [EntitySetSegment set]) when FetchXmlHandler.QueryOf(request.Url) is { } fetchXml => FetchXmlHandler.Handle(call, Shape(set), fetchXml),
            ("GET", [EntitySetSegment set]) => QueryHandler.Handle(call, Shape(set)),
            ("GET", [EntitySetSegment set, CountSegment]) => CountHandler.Handle(call, Shape(set)),
            ("POST", [EntitySetSegment set]) => CreateHandler.Handle(call, Shape(set)),
            ("GET", [EntitySetSegment set, KeySegment key]) => RetrieveHandler.Handle(call, RecordKey.From(Shape(set), key)),
            ("PATCH", [EntitySetSegment set, KeySegment key]) => PatchHandler.Handle(call, RecordKey.From(Shape(set), key)),
            ("DELETE", [EntitySetSegment set, KeySegment key]) => DeleteHandler.Handle(call, RecordKey.From(Shape(set), key)),
            ("GET" or "PUT" or "DELETE", [EntitySetSegment set, KeySegment key, PropertySegment property]) =>
                PropertyHandler.Handle(call, RecordKey.From(Shape(set), key), property),
            ("POST", [EntitySetSegment set, OperationSegment operation]) when operation.Operations.Single().IsAction() =>
                OperationModelBuilder.IsBulk(operation.Operations.Single().Name)
                    ? BulkActionHandler.Handle(call, Shape(set), operation.Operations.Single())
                    : CustomApiHandler.Handle(call, operation.Operations.Single(), null, null),
            ("POST", [EntitySetSegment set, KeySegment key, OperationSegment operation])
                when operation.Operations.Single().Name == OperationModelBuilder.AddToQueue && call.Model.CustomApi(OperationModelBuilder.AddToQueue) is null =>
                AddToQueueHandler.Handle(call, RecordKey.From(Shape(set), key), operation.Operations.Single()),
            ("POST", [EntitySetSegment set, KeySegment key, OperationSegment operation]) when operation.Operations.Single().IsAction() =>
                CustomApiHandler.Handle(call, operation.Operations.Single(), RecordKey.From(Shape(set), key), null),
            ("GET", [EntitySetSegment set, KeySegment key, OperationSegment operation]) when operation.Operations.Single().IsFunction() =>
                CustomApiHandler.Handle(call, operation.Operations.Single(), RecordKey.From(Shape(set), key), operation.Parameters),
            ("GET", [OperationImportSegment import]) when import.OperationImports.Single().IsFunctionImport() =>
                import.OperationImports.Single().Name == OperationModelBuilder.WhoAmI
                    ? WhoAmIHandler.Handle(call, import.OperationImports.Single().Operation)
                    : CustomApiHandler.Handle(call, import.OperationImports.Single().Operation, null, import.Parameters),
            ("POST", [OperationImportSegment import]) when import.OperationImports.Single().IsActionImport() =>
                CustomApiHandler.Handle(call, import.OperationImports.Single().Operation, null, null),
            _ => NoResource(request, segments.LastOrDefault() is EntitySetSegment),
        };
    }

    private EntityShape Shape(EntitySetSegment segment) => service.Model.ShapeOfSet(segment.EntitySet.Name)!;

    // What Dataverse answers for a method the resource does not take: 405 on a collection, 404 otherwise.
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-client-errors#no-http-resource-was-found-that-matches-the-request-uri
    private static WebApiResponse NoResource(WebApiRequest request, bool isCollection) => isCollection && request.Method is "PUT" or "PATCH" or "DELETE"
        ? ErrorResponses.For(new WebApiError(405, string.Empty, $"The requested resource does not support http method '{request.Method}'."))
        : ErrorResponses.For(new WebApiError(404, string.Empty, $"No HTTP resource was found that matches the request URI '{request.Url}'."));
}
