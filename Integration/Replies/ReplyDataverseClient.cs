using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Sink;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Reads replies waiting for delivery and writes their delivery status, over the Web API with the sink's HTTP client
/// (same token, same throttling handling). Updates send If-Match: * so a PATCH never creates a row that was deleted
/// meanwhile (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#prevent-create-in-upsert).
/// </summary>
public sealed class ReplyDataverseClient(IHttpClientFactory httpClients, DataverseEndpoint endpoint)
{
    private const int PageSize = 50;

    // Every Dataverse table's creation time (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer#BKMK_CreatedOn).
    private const string CreatedOn = "createdon";

    /// <summary>Outbound mentions in Pending or Sending, oldest first: at most one page per round.</summary>
    public async Task<IReadOnlyList<PendingReply>> WaitingAsync(CancellationToken cancellationToken)
    {
        var select = string.Join(",", MentionTable.PrimaryId, MentionTable.Platform, MentionTable.Description, MentionTable.InReplyToId,
            MentionTable.ThreadId, MentionTable.MessageType, MentionTable.SendStatus, CreatedOn);
        var filter = $"{MentionTable.Direction} eq {(int)MentionDirection.Outbound} and " +
            $"({MentionTable.SendStatus} eq {(int)SendStatus.Pending} or {MentionTable.SendStatus} eq {(int)SendStatus.Sending})";
        using var request = await RequestAsync(HttpMethod.Get, $"{MentionTable.EntitySetName}?$select={select}&$filter={Uri.EscapeDataString(filter)}&$orderby={CreatedOn} asc", cancellationToken);
        request.Headers.Add("Prefer", $"odata.maxpagesize={PageSize}");
        using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Reading replies waiting for delivery failed: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        var replies = new List<PendingReply>();
        foreach (var row in JsonNode.Parse(body)!["value"]!.AsArray())
        {
            var reply = Read(row!);
            if (reply != null)
            {
                replies.Add(reply);
            }
        }

        return replies;
    }

    public Task MarkSendingAsync(Guid replyId, CancellationToken cancellationToken) =>
        PatchAsync(replyId, new JsonObject { [MentionTable.SendStatus] = (int)SendStatus.Sending }, cancellationToken);

    /// <summary>
    /// Sent, with the network's post id (the echo of the post finds this row by it, so it is written in the form
    /// <see cref="PostIds.ForDataverse"/> gives every id of that network, a long one such as an Instagram message id as its
    /// digest, as the webhook reader keys replies and edits naming it), address and time.
    /// Returns Dataverse's words when it refuses the update for its values (<see cref="DataverseError.IsAboutTheContent"/>),
    /// null when it took it; any other failure throws, to be tried again next round.
    /// </summary>
    public Task<string?> MarkSentAsync(PendingReply reply, PostedReply posted, CancellationToken cancellationToken) =>
        TryPatchAsync(reply.Id, new JsonObject
        {
            [MentionTable.SendStatus] = (int)SendStatus.Sent,
            [MentionTable.ExternalPostId] = PostIds.ForDataverse(reply.Platform, posted.PostId),
            [MentionTable.PostUrl] = posted.Url,
            [MentionTable.SentOn] = WholeSeconds(posted.SentOn),
            [MentionTable.PostedOn] = WholeSeconds(posted.SentOn),
            [MentionTable.SendError] = null,
            [MentionTable.SendRetryable] = null,
        }, cancellationToken);

    /// <summary>
    /// What Dataverse may still take of a reply it refused to record as Sent: none of the network's values it refused,
    /// only "Sent not recorded", when, and what happened, so the agent sees the reply is out and why its post id is not.
    /// Not retryable: sending it again would post it twice. Returns Dataverse's words if it refuses this too.
    /// </summary>
    public Task<string?> MarkSentNotRecordedAsync(UnrecordedReply reply, CancellationToken cancellationToken) =>
        TryPatchAsync(reply.ReplyId, new JsonObject
        {
            [MentionTable.SendStatus] = (int)SendStatus.SentNotRecorded,
            [MentionTable.SentOn] = WholeSeconds(reply.Posted.SentOn),
            [MentionTable.PostedOn] = WholeSeconds(reply.Posted.SentOn),
            [MentionTable.SendError] = Fit("Sent " + reply.WhatHappened),
            [MentionTable.SendRetryable] = false,
        }, cancellationToken);

    /// <summary>Failed, with the network's reason and whether sending it again can help.</summary>
    public Task MarkFailedAsync(Guid replyId, string reason, bool retryable, CancellationToken cancellationToken) =>
        PatchAsync(replyId, new JsonObject
        {
            [MentionTable.SendStatus] = (int)SendStatus.Failed,
            [MentionTable.SendError] = Fit(reason),
            [MentionTable.SendRetryable] = retryable,
        }, cancellationToken);

    /// <summary>Still waiting: back to Pending with why, so the agent sees the rate limit or outage it waits out.</summary>
    public Task MarkWaitingAsync(Guid replyId, string reason, CancellationToken cancellationToken) =>
        PatchAsync(replyId, new JsonObject
        {
            [MentionTable.SendStatus] = (int)SendStatus.Pending,
            [MentionTable.SendError] = Fit(reason),
        }, cancellationToken);

    private static string Fit(string reason) => Ellipsis.Fit(reason, MentionTable.SendErrorLength);

    // Dataverse stores date and time to the second.
    private static string WholeSeconds(DateTimeOffset moment) =>
        DateTimeOffset.FromUnixTimeSeconds(moment.ToUnixTimeSeconds()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private async Task PatchAsync(Guid replyId, JsonObject columns, CancellationToken cancellationToken)
    {
        if (await TryPatchAsync(replyId, columns, cancellationToken) is { } refusal)
        {
            throw new HttpRequestException($"Updating reply {replyId} failed: {refusal}");
        }
    }

    private async Task<string?> TryPatchAsync(Guid replyId, JsonObject columns, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Patch, $"{MentionTable.EntitySetName}({replyId})", cancellationToken);
        request.Content = new StringContent(columns.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.Add("If-Match", "*");
        using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var error = DataverseError.Describe(await response.Content.ReadAsStringAsync(cancellationToken), response.StatusCode);
        return DataverseError.IsAboutTheContent(response.StatusCode)
            ? error
            : throw new HttpRequestException($"Updating reply {replyId} failed: {error}", null, response.StatusCode);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var environment = await endpoint.AddressAsync(cancellationToken);
        var request = new HttpRequestMessage(method, new Uri(environment, DataverseWebApiClient.ApiPath + path));
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        request.Headers.Add("Accept", "application/json");
        return request;
    }

    private static PendingReply? Read(JsonNode row)
    {
        var platform = row[MentionTable.Platform]?.GetValue<int>();
        var status = row[MentionTable.SendStatus]?.GetValue<int>();
        var inReplyTo = row[MentionTable.InReplyToId]?.GetValue<string>();
        var text = row[MentionTable.Description]?.GetValue<string>();
        if (platform is not { } p || !Enum.IsDefined(typeof(SocialPlatform), p) || status is not { } s || inReplyTo == null || text == null
            || !Guid.TryParse(row[MentionTable.PrimaryId]?.GetValue<string>(), out var id))
        {
            return null;
        }

        var network = (SocialPlatform)p;
        return new PendingReply(id, network, text, PostIds.FromDataverse(network, inReplyTo)!, PostIds.FromDataverse(network, row[MentionTable.ThreadId]?.GetValue<string>()),
            row[MentionTable.MessageType]?.GetValue<int>() == (int)MessageType.PrivateMessage, (SendStatus)s,
            row[CreatedOn]?.GetValue<DateTimeOffset>() ?? default);
    }
}
