using System;
using System.Globalization;
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
/// Changes a stored mention: marks it removed, or gives it its author's edit; and gives a profile its network's change
/// (<see cref="ChangeProfileAsync"/>). A mention is changed by a PATCH by its alternate key with
/// If-Match: *, which updates and never creates (404 when the post is not stored), so a removal or an edit can never
/// bring a mention into being. An activity's state and status reason may be set by Update. Uses the sink's HttpClient
/// (token, resilience).
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api#prevent-create-in-upsert
/// https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior
/// A mention may be stored in the form its id had before Facebook and Instagram ids kept case: such a row is given the
/// written form first (<see cref="LegacyIdRewriter"/>), which costs nothing for ids that had no other form.
/// </summary>
public sealed class DataverseRemovalClient(IHttpClientFactory httpClients, DataverseEndpoint endpoint, LegacyIdRewriter legacyIds)
{
    public Task<RemovalOutcome> RemoveAsync(MentionRemoval removal, CancellationToken cancellationToken)
    {
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

        return PatchAsync(removal.Platform, removal.ExternalPostId, body, cancellationToken);
    }

    /// <summary>The edit's text, and the subject intake would give it. A direct Update, not an Upsert, so the
    /// redelivery step (which keeps intake's columns) leaves it alone. A post visible again also reopens: state and
    /// status reason are set together, as Update takes them in place of SetState; without text of its own (a Meta
    /// unhide) it keeps the text the mention has.</summary>
    public Task<RemovalOutcome> EditAsync(MentionEdit edit, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (!edit.VisibleAgain || edit.Text is not null)
        {
            body[MentionTable.Description] = edit.Text;
            body[MentionTable.Subject] = MentionSubject.FromText(edit.Text) ?? Ellipsis.Fit($"{edit.Platform} post {edit.ExternalPostId}", MentionTable.SubjectLength);
        }

        if (edit.VisibleAgain)
        {
            body[MentionTable.StateCode] = (int)MentionState.Open;
            body[MentionTable.StatusCode] = (int)MentionStatus.Open;
        }

        return PatchAsync(edit.Platform, edit.ExternalPostId, body, cancellationToken);
    }

    /// <summary>
    /// The profile takes the change through scrm_ResolveSocialIdentity, which finds the profile by its alternate key and
    /// merges what it is given the way mention intake merges a mention's author (a value given replaces, nothing is
    /// erased, the profile's name follows its handle), so that rule stays in one place, the plug-ins.
    /// </summary>
    public Task<RemovalOutcome> ChangeProfileAsync(ProfileChange change, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, ResolveSocialIdentity, new JsonObject
        {
            ["Platform"] = (int)change.Platform,
            ["ExternalUserId"] = change.ExternalUserId,
            ["Handle"] = change.Handle,
            // When the network said it, so a post it overtook on the way still counts as newer.
            ["AsOf"] = DateTimeOfApi(change.ChangedAt),
        }, ifMatch: false, $"{change.Platform} profile {change.ExternalUserId}", cancellationToken);

    /// <summary>The profile shows the state of the account through the same Custom API, which leaves what it is not given
    /// (handle, name) as it was.</summary>
    public Task<RemovalOutcome> ChangeAccountAsync(AccountChange change, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, ResolveSocialIdentity, new JsonObject
        {
            ["Platform"] = (int)change.Platform,
            ["ExternalUserId"] = change.ExternalUserId,
            ["AccountStatus"] = (int)change.Status,
            ["AsOf"] = DateTimeOfApi(change.ChangedAt),
        }, ifMatch: false, $"{change.Platform} profile {change.ExternalUserId}", cancellationToken);

    private static string DateTimeOfApi(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The Custom API's unique name, as Plugins/Schema/CustomApis.cs declares it (the worker speaks HTTP only).</summary>
    public const string ResolveSocialIdentity = "scrm_ResolveSocialIdentity";

    private Task<RemovalOutcome> PatchAsync(SocialPlatform platform, string externalPostId, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, MentionTarget.KeyReference(platform, externalPostId), body, ifMatch: true, $"{platform} post {externalPostId}", cancellationToken,
            first: ct => legacyIds.RewriteAsync([(platform, externalPostId)], ct));

    /// <param name="first">What must happen in Dataverse before the request, failing as the request would.</param>
    private async Task<RemovalOutcome> SendAsync(HttpMethod method, string path, JsonObject body, bool ifMatch, string what, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? first = null)
    {
        var environment = await endpoint.AddressAsync(cancellationToken);
        using var request = new HttpRequestMessage(method, new Uri(environment, DataverseWebApiClient.ApiPath + path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (ifMatch)
        {
            request.Headers.Add("If-Match", "*");
        }

        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");

        try
        {
            if (first != null)
            {
                await first(cancellationToken);
            }

            using var http = httpClients.CreateClient(DataverseWebApiClient.HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => RemovalOutcome.Applied,
                HttpStatusCode.NotFound => RemovalOutcome.NotStored($"{what} is not stored (yet)."),
                _ => RemovalOutcome.Failed($"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}"),
            };
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return RemovalOutcome.Failed(e.Message);
        }
    }
}
