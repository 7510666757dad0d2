using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Polly;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Writes mentions with the Web API's UpsertMultiple action (POST [org]/api/data/v9.2/scrm_mentions/
/// Microsoft.Dynamics.CRM.UpsertMultiple, 204 No Content when done). The HttpClient's resilience handler has already
/// retried throttling (429, waiting as Retry-After says) and passing server faults by the time a response gets here.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// Rows stored before Facebook and Instagram ids kept case are given their ids' written form first
/// (<see cref="LegacyIdRewriter"/>), so a redelivery or a reply naming one lands on it.
/// </summary>
public sealed class DataverseWebApiClient(IHttpClientFactory httpClients, DataverseEndpoint endpoint, LegacyIdRewriter legacyIds)
{
    public const string ApiPath = "api/data/v9.2/";
    public const string HttpClientName = "dataverse";

    public async Task<UpsertOutcome> UpsertMentionsAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["Targets"] = new JsonArray(mentions.Select(m => (JsonNode)MentionTarget.From(m)).ToArray()) };
        try
        {
            await legacyIds.RewriteAsync(mentions.SelectMany(m => new[] { (m.Platform, (string?)m.ExternalPostId), (m.Platform, m.InReplyToId) }), cancellationToken);
            var environment = await endpoint.AddressAsync(cancellationToken);
            using var request = Request(HttpMethod.Post, new Uri(environment, $"{ApiPath}{MentionTable.EntitySetName}/Microsoft.Dynamics.CRM.UpsertMultiple"));
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return UpsertOutcome.Landed;
            }

            var message = DataverseError.Describe(await response.Content.ReadAsStringAsync(cancellationToken), response.StatusCode);
            return DataverseError.IsAboutTheContent(response.StatusCode)
                ? new UpsertOutcome(UpsertResult.Refused, message)
                : new UpsertOutcome(UpsertResult.Unavailable, message, SqliteSourceActivity.RejectsCredentials(response.StatusCode));
        }
        catch (Exception e) when (Unavailable(e, cancellationToken) is { } reason)
        {
            return new UpsertOutcome(UpsertResult.Unavailable, reason, e is MsalServiceException);
        }
    }

    /// <summary>
    /// Asks Dataverse who the worker is (GET [org]/api/data/v9.2/WhoAmI): the environment answers, sign-in works and the
    /// token is accepted. Returns null when it answered, otherwise why not.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
    /// </summary>
    public async Task<string?> WhoAmIAsync(CancellationToken cancellationToken)
    {
        try
        {
            var environment = await endpoint.AddressAsync(cancellationToken);
            using var request = Request(HttpMethod.Get, new Uri(environment, $"{ApiPath}WhoAmI"));
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : DataverseError.Describe(await response.Content.ReadAsStringAsync(cancellationToken), response.StatusCode);
        }
        catch (Exception e) when (Unavailable(e, CancellationToken.None) is { } reason)
        {
            return reason;
        }
    }

    /// <summary>A Web API request with the OData headers every call to Dataverse carries.</summary>
    internal static HttpRequestMessage Request(HttpMethod method, Uri address)
    {
        var request = new HttpRequestMessage(method, address);
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        request.Headers.Add("Accept", "application/json");
        return request;
    }

    /// <summary>
    /// Why a request failed for a passing reason, or null for a failure that is a bug or a stop. A refused sign-in (a wrong
    /// secret, an unknown tenant, an unreachable identity provider) is one: the mentions wait, retried with the sink's
    /// back-off, and the reason shows in `status` and health until sign-in works again.
    /// </summary>
    private static string? Unavailable(Exception e, CancellationToken stopping) => e switch
    {
        MsalException signIn => $"Sign-in to Microsoft Entra ID failed ({signIn.ErrorCode}): {signIn.Message}",
        HttpRequestException or ExecutionRejectedException => e.Message,
        OperationCanceledException when !stopping.IsCancellationRequested => $"Dataverse did not answer in time: {e.Message}",
        _ => null,
    };
}
