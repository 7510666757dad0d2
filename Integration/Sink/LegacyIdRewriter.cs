using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// The upgrade to ids that keep case on Facebook and Instagram (issue 13), done where it is needed: a worker before it
/// stored a Messenger or Instagram message id as sent ("m_AbC…"), this one writes it escaped ("m_^ab^c…"), and Dataverse
/// takes the two for different keys. So before the worker writes or changes a mention by such an id, the row stored in
/// the old form (found by the old form, which Dataverse compares without case) gets the written form of its own ids,
/// once in its life; the redelivery, edit, removal or reply naming it then finds it, and no second row is made. Ids that
/// never had another form (numbers, other networks, digests) cost nothing; the others cost one query per
/// <see cref="IdsPerQuery"/> ids, whatever the batch holds.
/// </summary>
public sealed class LegacyIdRewriter(IHttpClientFactory httpClients, DataverseEndpoint endpoint, ILogger<LegacyIdRewriter> logger)
{
    /// <summary>Keeps a query's address well under the Web API's URL limit, with ids of up to 100 characters percent-encoded.</summary>
    public const int IdsPerQuery = 40;

    private static readonly string[] IdColumns = [MentionTable.ExternalPostId, MentionTable.ThreadId, MentionTable.InReplyToId];

    /// <summary>Gives every row stored under the old form of one of <paramref name="ids"/> the written form of its ids.</summary>
    /// <exception cref="HttpRequestException">Dataverse did not answer the query: the caller's write waits for it.</exception>
    public async Task RewriteAsync(IEnumerable<(SocialPlatform Platform, string? Id)> ids, CancellationToken cancellationToken)
    {
        var old = ids.Where(id => id.Id != null)
            .Select(id => (id.Platform, Id: PostIds.FormBeforeCaseWasKept(id.Platform, id.Id!)))
            .Where(id => id.Id != null)
            .Distinct()
            .ToList();
        foreach (var chunk in old.Chunk(IdsPerQuery))
        {
            foreach (var row in await StoredUnderAsync(chunk!, cancellationToken))
            {
                await RewriteAsync(row, cancellationToken);
            }
        }
    }

    private async Task<List<JsonNode>> StoredUnderAsync(IEnumerable<(SocialPlatform Platform, string? Id)> old, CancellationToken cancellationToken)
    {
        var filter = string.Join(" or ", old.Select(id =>
            $"({MentionTable.Platform} eq {(int)id.Platform} and {MentionTable.ExternalPostId} eq '{id.Id!.Replace("'", "''", StringComparison.Ordinal)}')"));
        var select = string.Join(",", [MentionTable.PrimaryId, MentionTable.Platform, .. IdColumns]);
        using var request = DataverseWebApiClient.Request(HttpMethod.Get, await AddressAsync($"{MentionTable.EntitySetName}?$select={select}&$filter={Uri.EscapeDataString(filter)}", cancellationToken));
        using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Looking up mentions stored before ids kept case failed: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        return JsonNode.Parse(body)!["value"]!.AsArray().Select(row => row!).ToList();
    }

    private async Task RewriteAsync(JsonNode row, CancellationToken cancellationToken)
    {
        var platform = (SocialPlatform)row[MentionTable.Platform]!.GetValue<int>();
        var columns = new JsonObject();
        foreach (var column in IdColumns)
        {
            // A written form never holds a capital: a row found by a lower-case twin's old form that is stored anew is left alone.
            if (row[column]?.GetValue<string>() is { } stored && PostIds.IsStoredBeforeCaseWasKept(stored))
            {
                columns[column] = PostIds.ForDataverse(platform, stored);
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        var id = row[MentionTable.PrimaryId]!.GetValue<string>();
        using var request = DataverseWebApiClient.Request(HttpMethod.Patch, await AddressAsync($"{MentionTable.EntitySetName}({id})", cancellationToken));
        request.Content = new StringContent(columns.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.Add("If-Match", "*");
        using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Most likely a row under the new form exists already (a newer worker wrote it first): that row takes the
            // writes from now on and the older one stays as it was; nothing is lost by going on.
            logger.LogWarning("Mention {Id} stored before ids kept case could not take its ids' written form: {Status} {Body}",
                id, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private async Task<Uri> AddressAsync(string path, CancellationToken cancellationToken) =>
        new(await endpoint.AddressAsync(cancellationToken), DataverseWebApiClient.ApiPath + path);
}
