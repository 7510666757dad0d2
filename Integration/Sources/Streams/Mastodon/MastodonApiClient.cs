using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// The REST calls the stream needs: who the brand's account is (GET /api/v1/accounts/verify_credentials,
/// https://docs.joinmastodon.org/methods/accounts/#verify_credentials) and the mention notifications after the last one
/// seen (GET /api/v1/notifications with types[]=mention and min_id, https://docs.joinmastodon.org/methods/notifications/#get),
/// which is how the stream catches up after it was down, and the statuses it took recently (GET /api/v1/statuses with
/// id[], Mastodon 4.3+, https://docs.joinmastodon.org/methods/statuses/#index), to find deletes and edits. A 401 surfaces as an HttpRequestException with its status.
/// </summary>
public sealed class MastodonApiClient(IHttpClientFactory httpClients, IOptions<MastodonStreamOptions> options)
{
    public const string HttpClientName = "mastodon-api";

    /// <summary>The most Mastodon returns in one page of notifications.</summary>
    public const int PageSize = 80;

    /// <summary>
    /// How many ids one GET /api/v1/statuses asks for: the most Mastodon takes. The method's page
    /// (https://docs.joinmastodon.org/methods/statuses/#index) states no maximum, but the server refuses more ids than
    /// DEFAULT_STATUSES_LIMIT, 20, with 422 (Api::V1::StatusesController#check_statuses_limit,
    /// https://github.com/mastodon/mastodon/blob/main/app/controllers/api/v1/statuses_controller.rb, and
    /// app/controllers/api/base_controller.rb beside it). A fixed fact of the server, so not a setting.
    /// </summary>
    public const int StatusesPerCall = 20;

    private MastodonStreamOptions Account => options.Value;

    public async Task<string> OwnAccountIdAsync(CancellationToken cancellationToken)
    {
        using var account = await GetAsync("api/v1/accounts/verify_credentials", cancellationToken);
        return account.RootElement.Text("id") ?? throw new JsonException("verify_credentials answered an account without an id.");
    }

    /// <summary>
    /// The page of mention notifications just after <paramref name="minId"/> (the newest page when it is null), oldest
    /// first, each as its JSON text.
    /// </summary>
    public async Task<IReadOnlyList<string>> MentionsAfterAsync(string? minId, CancellationToken cancellationToken)
    {
        var query = $"api/v1/notifications?types[]=mention&limit={PageSize}" + (minId == null ? "" : "&min_id=" + Uri.EscapeDataString(minId));
        using var page = await GetAsync(query, cancellationToken);
        if (page.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("GET /api/v1/notifications did not answer an array.");
        }

        return page.RootElement.EnumerateArray()
            .Select(notification => (Id: notification.Text("id") ?? "", Json: notification.GetRawText()))
            .OrderBy(notification => notification.Id.Length).ThenBy(notification => notification.Id, StringComparer.Ordinal)
            .Select(notification => notification.Json)
            .ToList();
    }

    /// <summary>
    /// The statuses among <paramref name="ids"/> (at most <see cref="StatusesPerCall"/>) that still exist and the account
    /// may see, each as its JSON text; null when the server is older than 4.3 and answers 404 to the call. "There can be
    /// fewer records than requested if the requested statuses do not exist or cannot be accessed given the current
    /// credentials" (the method's documentation): a status left out may be deleted or only hidden from the account.
    /// </summary>
    public async Task<IReadOnlyList<string>?> StatusesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, StatusesPerCall);
        var query = "api/v1/statuses?" + string.Join("&", ids.Select(id => "id[]=" + Uri.EscapeDataString(id)));
        using var statuses = await GetAsync(query, cancellationToken, notFoundIsNull: true);
        if (statuses == null)
        {
            return null;
        }

        if (statuses.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("GET /api/v1/statuses did not answer an array.");
        }

        return statuses.RootElement.EnumerateArray().Select(status => status.GetRawText()).ToList();
    }

    private async Task<JsonDocument> GetAsync(string path, CancellationToken cancellationToken) =>
        await GetAsync(path, cancellationToken, notFoundIsNull: false) ?? throw new InvalidOperationException("Unreachable: 404 throws.");

    private async Task<JsonDocument?> GetAsync(string path, CancellationToken cancellationToken, bool notFoundIsNull)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Account.InstanceUrl!, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Account.AccessToken);
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        if (notFoundIsNull && response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }
}
