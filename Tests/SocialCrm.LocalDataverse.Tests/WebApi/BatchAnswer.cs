using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// A $batch answer read the way an OData client reads it, with Microsoft.OData's batch reader: each part's status,
/// headers, body, Content-ID and whether it came inside a change set.
/// </summary>
internal sealed class BatchAnswer
{
    private BatchAnswer(int statusCode, IReadOnlyList<Part> parts)
    {
        StatusCode = statusCode;
        Parts = parts;
    }

    public int StatusCode { get; }

    public IReadOnlyList<Part> Parts { get; }

    public IEnumerable<int> Statuses => Parts.Select(p => p.StatusCode);

    public static async Task<BatchAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        var message = new ResponseMessage(new MemoryStream(body), response.Content.Headers.ContentType!.ToString());
        var parts = new List<Part>();
        using var reader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings { MessageQuotas = new ODataMessageQuotas { MaxPartsPerBatch = 1000 } });
        var batch = reader.CreateODataBatchReader();
        var inChangeSet = false;
        while (batch.Read())
        {
            switch (batch.State)
            {
                case ODataBatchReaderState.ChangesetStart:
                    inChangeSet = true;
                    break;
                case ODataBatchReaderState.ChangesetEnd:
                    inChangeSet = false;
                    break;
                case ODataBatchReaderState.Operation:
                    var operation = batch.CreateOperationResponseMessage();
                    using (var content = new StreamReader(operation.GetStream(), Encoding.UTF8))
                    {
                        parts.Add(new Part(operation.StatusCode, operation.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase), content.ReadToEnd(), operation.ContentId, inChangeSet));
                    }

                    break;
            }
        }

        return new BatchAnswer((int)response.StatusCode, parts);
    }

    public sealed record Part(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, string? ContentId, bool InChangeSet);

    private sealed class ResponseMessage : IODataResponseMessage
    {
        private readonly Stream stream;
        private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);

        public ResponseMessage(Stream stream, string contentType)
        {
            this.stream = stream;
            headers["Content-Type"] = contentType;
        }

        public IEnumerable<KeyValuePair<string, string>> Headers => headers;

        public int StatusCode { get; set; }

        public string? GetHeader(string headerName) => headers.TryGetValue(headerName, out var value) ? value : null;

        public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

        public Stream GetStream() => stream;
    }
}
