using System;
using System.Globalization;
using System.IO;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Streams.Bluesky;

/// <summary>
/// Follows Bluesky's posts through Jetstream (one WebSocket, wantedCollections=app.bsky.feed.post) and takes those that
/// concern the brand (<see cref="JetstreamEvents"/>). The cursor (time_us) is kept in <see cref="StreamStateStore"/>:
/// saved after each taken event and every CursorInterval otherwise, and a reconnect (or a restart) asks for the events
/// from a few seconds before it, so nothing falls in the gap; what is replayed is taken idempotently. Identity events
/// teach authors' handles (<see cref="BlueskyProfiles"/>), which a mention's author then carries; the identity event of
/// an author the stream took a post of also changes their profile in the CRM (<see cref="ProfileChange"/>), and so does
/// their account event (<see cref="AccountChange"/>). Off without the brand's DID.
/// </summary>
public sealed class JetstreamConsumerService(SourceIntake intake, StreamStateStore state, BlueskyProfiles profiles, IProfileChangeStore profileChanges,
    IAccountChangeStore accountChanges, SqliteSourceActivity activity, IOptions<BlueskyStreamOptions> options, TimeProvider clock,
    ILogger<JetstreamConsumerService> logger) : BackgroundService
{
    public const string Source = "stream:bluesky";
    public const string Cursor = "bluesky:jetstream";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var bluesky = options.Value;
        if (!bluesky.Enabled)
        {
            logger.LogInformation("Bluesky stream is off: set {Section}:Did to follow an account.", BlueskyStreamOptions.Section);
            return;
        }

        var backoff = new StreamBackoff(bluesky.ReconnectDelay, bluesky.MaxReconnectDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConsumeAsync(bluesky, backoff, stoppingToken);
                logger.LogWarning("Jetstream {Url} was closed by the server; reconnecting.", bluesky.JetstreamUrl);
            }
            catch (Exception e) when (e is WebSocketException or IOException or JsonException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Jetstream {Url} dropped ({Reason}); reconnecting.", bluesky.JetstreamUrl, e.Message);
                await activity.RecordFailureAsync(Source, e.Message, credentialsRejected: false, stoppingToken);
            }

            await Task.Delay(backoff.Next(), clock, stoppingToken);
        }
    }

    private async Task ConsumeAsync(BlueskyStreamOptions bluesky, StreamBackoff backoff, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        await socket.ConnectAsync(await AddressAsync(bluesky, cancellationToken), cancellationToken);
        logger.LogInformation("Jetstream {Url} connected for {Did}.", bluesky.JetstreamUrl, bluesky.Did);
        await activity.RecordWorkingAsync(Source, cancellationToken);

        var savedAt = clock.GetUtcNow();
        long? unsaved = null;
        await foreach (var message in WebSocketMessages.ReadAsync(socket, cancellationToken))
        {
            using var streamEvent = JsonDocument.Parse(message);
            var cursor = JetstreamEvents.Cursor(streamEvent.RootElement);
            if (await TakeAsync(streamEvent.RootElement, bluesky.Did!, cancellationToken) || clock.GetUtcNow() - savedAt >= bluesky.CursorInterval)
            {
                unsaved = null;
                savedAt = clock.GetUtcNow();
                await SaveAsync(cursor, cancellationToken);
            }
            else
            {
                unsaved = cursor ?? unsaved;
            }

            backoff.Delivered();
        }

        await SaveAsync(unsaved, cancellationToken);
    }

    /// <returns>Whether the event concerned the brand (its cursor is then saved at once).</returns>
    private async Task<bool> TakeAsync(JsonElement streamEvent, string brandDid, CancellationToken cancellationToken)
    {
        if (JetstreamEvents.Identity(streamEvent) is var (identified, handle, at))
        {
            await profiles.RememberAsync(identified, handle, cancellationToken);
            if (!await state.HasTakenAnyStartingWithAsync(Source, JetstreamEvents.PostsOf(identified), cancellationToken))
            {
                return false;
            }

            // One of the CRM's authors: their profile shows the new handle now, not only once they post again.
            await profileChanges.RecordProfileChangesAsync([new ProfileChange(SocialPlatform.Bluesky, identified, handle, at)], Source, cancellationToken);
            logger.LogInformation("{Source}: {Did} is now @{Handle}; their profile takes it.", Source, identified, handle);
            return true;
        }

        if (JetstreamEvents.Account(streamEvent) is var (account, status, since))
        {
            if (!await state.HasTakenAnyStartingWithAsync(Source, JetstreamEvents.PostsOf(account), cancellationToken))
            {
                return false;
            }

            // One of the CRM's authors: their profile shows whether their account is still there, and why not.
            await accountChanges.RecordAccountChangesAsync([new AccountChange(SocialPlatform.Bluesky, account, status, since)], Source, cancellationToken);
            logger.LogInformation("{Source}: the Bluesky account of {Did} is {Status}; their profile takes it.", Source, account, status);
            return true;
        }

        SourcedInput? input;
        try
        {
            // Deletes are matched against the posts taken before; only a delete looks them up.
            var deleted = streamEvent.Child("commit").Text("operation") == "delete"
                && streamEvent.Text("did") is { } did && streamEvent.Child("commit").Text("rkey") is { } rkey
                && await state.HasTakenAsync(Source, $"at://{did}/{JetstreamEvents.PostCollection}/{rkey}", cancellationToken);
            input = JetstreamEvents.Read(streamEvent, brandDid, _ => deleted);
        }
        catch (UnreadableTextException e)
        {
            input = new SourcedInput(null, JsonText.Raw(streamEvent), e.Message);
        }

        if (input == null)
        {
            return false;
        }

        if (input.Input is { AuthorExternalId: { } author } mention && await profiles.FindAsync(author, cancellationToken) is { } profile)
        {
            mention.AuthorHandle = profile.Handle;
            mention.AuthorDisplayName = profile.DisplayName;
        }

        await intake.AcceptAsync(Source, [input], cancellationToken);
        if (input.Input?.ExternalPostId is { } taken)
        {
            await state.TookAsync(Source, taken, cancellationToken);
        }

        return true;
    }

    private async Task SaveAsync(long? cursor, CancellationToken cancellationToken)
    {
        if (cursor is { } micros)
        {
            await state.SaveAsync(Cursor, micros.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
    }

    /// <summary>The subscribe address: posts only, from a few seconds before the saved cursor (live when there is none).</summary>
    private async Task<Uri> AddressAsync(BlueskyStreamOptions bluesky, CancellationToken cancellationToken)
    {
        var query = "wantedCollections=" + JetstreamEvents.PostCollection;
        if (long.TryParse(await state.GetAsync(Cursor, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var saved))
        {
            query += "&cursor=" + (saved - (long)(bluesky.Rewind.TotalMilliseconds * 1000)).ToString(CultureInfo.InvariantCulture);
        }

        return WebSocketMessages.Address(new UriBuilder(bluesky.JetstreamUrl) { Query = query }.Uri);
    }
}
