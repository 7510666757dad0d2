using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Streams.Bluesky;

/// <summary>
/// Who a DID is. Jetstream sends every subscriber the identity events, whatever collections it asked for ("Regardless of
/// desired collections, all subscribers receive Account and Identity events",
/// https://github.com/bluesky-social/jetstream#consuming-jetstream): their handles are remembered in streams.db, the
/// newest replacing the older. A DID no identity event named yet is looked up once through the AppView's
/// app.bsky.actor.getProfile?actor=did (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile), which also gives the
/// display name. A lookup that fails or takes longer than ProfileTimeout leaves the author a bare DID: intake never
/// waits on the AppView.
/// </summary>
public sealed class BlueskyProfiles(StreamStateStore state, IHttpClientFactory httpClients, IOptions<BlueskyStreamOptions> options,
    ILogger<BlueskyProfiles> logger)
{
    public const string HttpClientName = "bluesky-appview";

    public Task RememberAsync(string did, string handle, CancellationToken cancellationToken) =>
        state.SaveHandleAsync(did, handle, cancellationToken);

    /// <returns>Null when neither an identity event nor the AppView named <paramref name="did"/>.</returns>
    public async Task<BlueskyProfile?> FindAsync(string did, CancellationToken cancellationToken)
    {
        if (await state.HandleAsync(did, cancellationToken) is { } handle)
        {
            return new BlueskyProfile(handle, null);
        }

        var profile = await LookUpAsync(did, cancellationToken);
        if (profile != null)
        {
            await state.SaveHandleAsync(did, profile.Handle, cancellationToken);
        }

        return profile;
    }

    private async Task<BlueskyProfile?> LookUpAsync(string did, CancellationToken cancellationToken)
    {
        var bluesky = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bluesky.ProfileTimeout);
        try
        {
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(new Uri(bluesky.AppViewUrl, "xrpc/app.bsky.actor.getProfile?actor=" + Uri.EscapeDataString(did)), timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Bluesky AppView answered {Status} for the profile of {Did}; the author stays a DID.", (int)response.StatusCode, did);
                return null;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token);
            var profile = body.RootElement;
            return profile.Text("handle") is { Length: > 0 } handle && JetstreamEvents.IsHandle(handle)
                ? new BlueskyProfile(handle, profile.Text("displayName") is { Length: > 0 } name ? name : null)
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or UnreadableTextException
            || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Bluesky AppView gave no profile for {Did} ({Reason}); the author stays a DID.", did, e.Message);
            return null;
        }
    }
}
