using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>
/// POST $batch: its requests run in order, each through the same dispatcher (and so the same organization requests) as
/// over HTTP. A change set runs in one transaction: if one of its requests fails, all of them roll back and the failure
/// is the change set's only response; its requests may name records created before them as $Content-ID. The batch stops
/// at the first failure, whose status becomes the batch's, unless Prefer: odata.continue-on-error asks to go on.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api
/// </summary>
internal sealed class BatchHandler
{
    private readonly RequestDispatcher dispatcher;

    public BatchHandler(RequestDispatcher dispatcher)
    {
        this.dispatcher = dispatcher;
    }

    public WebApiResponse Handle(WebApiCall call)
    {
        var parts = BatchReader.Read(call);
        var continueOnError = call.Preferences.ContinueOnError;
        var results = new List<BatchResult>();
        WebApiResponse? stoppedBy = null;
        foreach (var part in parts)
        {
            var result = part.IsChangeSet ? RunChangeSet(call, part) : BatchResult.Single(null, Run(call, part.Operations[0], ContentIdMap.Empty));
            results.Add(result);
            if (result.Failure is { } failure && !continueOnError)
            {
                stoppedBy = failure;
                break;
            }
        }

        var response = BatchWriter.Write(call, results);
        response.StatusCode = stoppedBy?.StatusCode ?? 200;
        if (continueOnError)
        {
            response.Headers["Preference-Applied"] = "odata.continue-on-error";
        }

        return response;
    }

    private BatchResult RunChangeSet(WebApiCall call, BatchPart part)
    {
        var contentIds = new ContentIdMap();
        var responses = new List<(string? ContentId, WebApiResponse Response)>();
        (string? ContentId, WebApiResponse Response)? failure = null;
        try
        {
            call.Service.Environment.RunInTransaction(() =>
            {
                foreach (var operation in part.Operations)
                {
                    var response = operation.Method == "GET"
                        ? ErrorResponses.For(new WebApiError(400, WebApiErrorCodes.ODataQuery, "GET requests are not allowed in a change set."))
                        : Run(call, operation, contentIds);
                    if (!response.IsSuccess)
                    {
                        failure = (operation.ContentId, response);
                        throw new ChangeSetFailedException();
                    }

                    responses.Add((operation.ContentId, response));
                    if (operation.ContentId is { } id && response.Headers.TryGetValue("OData-EntityId", out var entityId))
                    {
                        contentIds.Add(id, new Uri(entityId));
                    }
                }
            });
        }
        catch (ChangeSetFailedException)
        {
            return BatchResult.Single(failure!.Value.ContentId, failure.Value.Response);
        }

        return BatchResult.ChangeSet(responses);
    }

    private WebApiResponse Run(WebApiCall call, BatchOperation operation, ContentIdMap contentIds)
    {
        Uri url;
        try
        {
            url = new Uri(call.ServiceRoot, contentIds.Resolve(operation.Url));
        }
        catch (WebApiException exception)
        {
            return ErrorResponses.For(FaultMapper.Map(exception));
        }

        return dispatcher.Dispatch(new WebApiRequest(operation.Method, url, operation.Headers, operation.Body, call.Request.CallerId) { InBatch = true }, contentIds);
    }

    // Leaves the change set's transaction so that it rolls back; the failing response is kept aside.
    private sealed class ChangeSetFailedException : Exception
    {
    }
}
