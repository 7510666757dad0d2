using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>
/// Reads a multipart/mixed $batch body with Microsoft.OData's batch reader into its parts, before any of them runs:
/// a malformed body or more than 1,000 requests fails the whole batch.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api#batch-requests
/// </summary>
internal static class BatchReader
{
    public const int MaxRequests = 1000;

    public static IReadOnlyList<BatchPart> Read(WebApiCall call)
    {
        var parts = new List<BatchPart>();
        List<BatchOperation>? changeSet = null;
        try
        {
            // Microsoft.OData stops at 100 parts by default; Dataverse takes 1,000 requests. One more is let through so
            // that the count below answers a batch just past the limit with its own message.
            var settings = new ODataMessageReaderSettings
            {
                BaseUri = call.ServiceRoot,
                MessageQuotas = new ODataMessageQuotas { MaxPartsPerBatch = MaxRequests + 1, MaxOperationsPerChangeset = MaxRequests + 1, MaxReceivedMessageSize = RequestBodies.MaxBytes },
            };
            using var message = new ODataMessageReader((IODataRequestMessage)call.Request.Message(), settings, call.Model.Model);
            var reader = message.CreateODataBatchReader();
            while (reader.Read())
            {
                switch (reader.State)
                {
                    case ODataBatchReaderState.ChangesetStart:
                        changeSet = new List<BatchOperation>();
                        break;
                    case ODataBatchReaderState.ChangesetEnd:
                        parts.Add(new BatchPart(changeSet!, IsChangeSet: true));
                        changeSet = null;
                        break;
                    case ODataBatchReaderState.Operation:
                        var operation = Operation(reader.CreateOperationRequestMessage());
                        if (changeSet is null)
                        {
                            parts.Add(new BatchPart(new[] { operation }, IsChangeSet: false));
                        }
                        else
                        {
                            changeSet.Add(operation);
                        }

                        break;
                }
            }
        }
        catch (ODataException exception)
        {
            throw PayloadErrors(exception);
        }

        var count = parts.Sum(p => p.Operations.Count);
        if (count > MaxRequests)
        {
            throw new WebApiException(400, WebApiErrorCodes.Hex(Faults.ErrorCodes.InvalidArgument), $"The number of requests in the batch ({count}) exceeds the maximum batch size of {MaxRequests}.");
        }

        return parts;
    }

    private static BatchOperation Operation(ODataBatchOperationRequestMessage message)
    {
        using var body = new MemoryStream();
        using (var content = message.GetStream())
        {
            content.CopyTo(body);
        }

        var headers = message.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        return new BatchOperation(message.Method, message.Url.OriginalString, headers, body.ToArray(), message.ContentId);
    }

    private static WebApiException PayloadErrors(ODataException exception) =>
        WebApiException.BadRequest($"The $batch body could not be read: {exception.Message}");
}
