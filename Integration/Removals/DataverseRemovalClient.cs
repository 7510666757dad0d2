using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using SocialCrm.Integration.Sink;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Marks a stored mention removed: PATCH by its alternate key with If-Match: *, which updates and never creates (404
/// when the post is not stored), so a removal can never bring a mention into being. An activity's state and status
/// reason may be set by Update. Uses the sink's HttpClient (token, resilience).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#prevent-create-in-upsert
/// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
/// </summary>
public sealed class DataverseRemovalClient(IHttpClientFactory httpClients, DataverseEndpoint endpoint)
{
    public async Task<RemovalOutcome> RemoveAsync(MentionRemoval removal, CancellationToken cancellationToken)
    {
        var environment = await endpoint.AddressAsync(cancellationToken);
        // OData string literal: a quote doubles; the value is escaped for the path (Messenger mids hold ':' and '/' may come).
        var postId = Uri.EscapeDataString(removal.ExternalPostId.Replace("'", "''", StringComparison.Ordinal));
        var key = $"{MentionTable.Platform}={(int)removal.Platform},{MentionTable.ExternalPostId}='{postId}'";
        var body = new JsonObject
        {
            [MentionTable.StateCode] = (int)MentionState.Canceled,
            [MentionTable.StatusCode] = (int)removal.Status,
        };
        if (removal.ErasesContent)
        {
            body[MentionTable.Subject] = removal.ErasedSubject;
            body[MentionTable.Description] = null;
            body[MentionTable.PostUrl] = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Patch,
            new Uri(environment, $"{DataverseWebApiClient.ApiPath}{MentionTable.EntitySetName}({key})"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("If-Match", "*");
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");

        try
        {
            using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => RemovalOutcome.Applied,
                HttpStatusCode.NotFound => RemovalOutcome.NotStored($"{removal.Platform} post {removal.ExternalPostId} is not stored (yet)."),
                _ => RemovalOutcome.Failed($"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}"),
            };
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return RemovalOutcome.Failed(e.Message);
        }
    }
}
