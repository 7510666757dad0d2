using System.Collections.Generic;
using Microsoft.OData;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>
/// Writes the multipart/mixed answer of a batch with Microsoft.OData's batch writer: one part per response, change sets
/// nested, each with its own status line and headers (a created record's Location and OData-EntityId).
/// </summary>
internal static class BatchWriter
{
    public static WebApiResponse Write(WebApiCall call, IReadOnlyList<BatchResult> results) =>
        PayloadWriter.Write(200, call.Model.Model, new ODataMessageWriterSettings { BaseUri = call.ServiceRoot }, message =>
        {
            var writer = message.CreateODataBatchWriter();
            writer.WriteStartBatch();
            foreach (var result in results)
            {
                if (result.IsChangeSet)
                {
                    writer.WriteStartChangeset();
                }

                foreach (var (contentId, response) in result.Responses)
                {
                    Write(writer.CreateOperationResponseMessage(contentId), response);
                }

                if (result.IsChangeSet)
                {
                    writer.WriteEndChangeset();
                }
            }

            writer.WriteEndBatch();
        }, ODataFormat.Batch);

    private static void Write(ODataBatchOperationResponseMessage part, WebApiResponse response)
    {
        part.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            part.SetHeader(name, value);
        }

        if (response.Headers.TryGetValue("OData-EntityId", out var entityId))
        {
            part.SetHeader("Location", entityId);
        }

        using var stream = part.GetStream();
        stream.Write(response.Body);
    }
}
