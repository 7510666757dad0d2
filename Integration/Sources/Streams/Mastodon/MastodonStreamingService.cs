using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// Follows the brand's Mastodon account while the worker runs: catches up through the notifications API from the last
/// notification seen (kept in <see cref="StreamStateStore"/>, so across restarts too), then reads the stream; when the
/// connection drops it waits (doubling, from ReconnectDelay to MaxReconnectDelay), catches up again and reconnects.
/// Mentions that came while it was away are caught up; deletes and edits made meanwhile (which the API keeps no list of)
/// are looked for by re-reading the statuses taken in the last RecheckDays: one edited after the edit known goes the way
/// its streamed status.update goes; one missing from the answer is marked "No longer visible" with its text kept, since
/// Mastodon leaves out alike a status that was deleted and one the token may no longer see (a block, a private status),
/// and no call tells the two apart (GET /api/v1/statuses/:id answers 404 for "does not exist or is private",
/// https://docs.joinmastodon.org/methods/statuses/#get). Only a streamed delete proves a delete: it then becomes "Deleted
/// by author" and its text goes; one no longer visible is looked for again by <see cref="MastodonVisibilityRecheck"/>.
/// A server older than 4.3 lacks the re-read: the stream then goes on without it and says so once. Off without an
/// instance and a token.
/// </summary>
public sealed class MastodonStreamingService(MastodonApiClient api, IMastodonTransport transport, MastodonDelivery delivery, StreamStateStore cursors,
    SqliteSourceActivity activity, IOptions<MastodonStreamOptions> options, TimeProvider clock, ILogger<MastodonStreamingService> logger) : BackgroundService
{
    public const string Source = "stream:mastodon";
    public const string Cursor = "mastodon:notifications";

    private bool statusesCallOffered = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var account = options.Value;
        if (!account.Enabled)
        {
            logger.LogInformation("Mastodon stream is off: set {Section}:InstanceUrl and {Section}:AccessToken to follow an account.",
                MastodonStreamOptions.Section, MastodonStreamOptions.Section);
            return;
        }

        var backoff = new StreamBackoff(account.ReconnectDelay, account.MaxReconnectDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var brand = await api.OwnAccountIdAsync(stoppingToken);
                await CatchUpAsync(brand, stoppingToken);
                await RecheckAsync(brand, stoppingToken);
                await activity.RecordWorkingAsync(Source, stoppingToken);
                logger.LogInformation("Mastodon stream of {Instance} connected over {Transport}.", account.InstanceUrl, account.Transport);
                await foreach (var streamEvent in transport.ReadAsync(stoppingToken))
                {
                    await AcceptAsync(streamEvent, brand, stoppingToken);
                    backoff.Delivered();
                }

                logger.LogWarning("Mastodon stream of {Instance} was closed by the server; reconnecting.", account.InstanceUrl);
            }
            catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
            {
                // Recorded before it is logged, so whoever reads the log line finds `status` saying it too.
                await activity.RecordFailureAsync(Source, e.Message, credentialsRejected: true, stoppingToken);
                logger.LogError("Mastodon rejected the access token (401): credentials rejected; trying again later.");
            }
            catch (Exception e) when (e is HttpRequestException or WebSocketException or IOException or JsonException or TimeoutException
                && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Mastodon stream of {Instance} dropped ({Reason}); reconnecting.", account.InstanceUrl, e.Message);
                await activity.RecordFailureAsync(Source, e.Message, credentialsRejected: false, stoppingToken);
            }

            await Task.Delay(backoff.Next(), clock, stoppingToken);
        }
    }

    /// <summary>The mention notifications since the last one seen, page after page; the first run takes the newest page.</summary>
    internal async Task CatchUpAsync(string brand, CancellationToken cancellationToken)
    {
        var seen = await cursors.GetAsync(Cursor, cancellationToken);
        var firstRun = seen == null;
        while (true)
        {
            var page = await api.MentionsAfterAsync(seen, cancellationToken);
            foreach (var notification in page)
            {
                seen = await AcceptAsync(new StreamEvent(MastodonEvents.Notification, notification), brand, cancellationToken) ?? seen;
            }

            if (page.Count < MastodonApiClient.PageSize || firstRun)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Re-reads the statuses taken in the last RecheckDays, <see cref="MastodonApiClient.StatusesPerCall"/> a call: a
    /// missing one is delivered as no longer visible, one edited after the edit known as a streamed status.update, each
    /// batch as one delivery.
    /// </summary>
    internal async Task RecheckAsync(string brand, CancellationToken cancellationToken)
    {
        var days = options.Value.RecheckDays;
        if (days == 0 || !statusesCallOffered)
        {
            return;
        }

        var recent = await cursors.RecentAsync(Source, clock.GetUtcNow().AddDays(-days), cancellationToken);
        foreach (var batch in recent.Chunk(MastodonApiClient.StatusesPerCall))
        {
            var found = await api.StatusesAsync(batch.Select(post => post.PostId).ToList(), cancellationToken);
            if (found == null)
            {
                statusesCallOffered = false;
                logger.LogWarning("Mastodon at {Instance} has no GET /api/v1/statuses (it is older than 4.3): deletes and edits made while the stream was down are not caught up.",
                    options.Value.InstanceUrl);
                return;
            }

            var answered = new Dictionary<string, (DateTimeOffset? EditedAt, string Json)>(StringComparer.Ordinal);
            foreach (var status in found)
            {
                if (MastodonEvents.Version(status) is { Id: { } id } version)
                {
                    answered[id] = (version.EditedAt, status);
                }
            }

            var changes = new List<SourcedInput>();
            foreach (var post in batch)
            {
                if (!answered.TryGetValue(post.PostId, out var status))
                {
                    changes.Add(new SourcedInput(null, $"status {post.PostId} left out of GET /api/v1/statuses",
                        Removal: new MentionRemoval(SocialPlatform.Mastodon, post.PostId, MentionStatus.NoLongerVisible)));
                }
                else if (status.EditedAt is { } editedAt && (post.EditedAt == null || editedAt > post.EditedAt))
                {
                    changes.AddRange(MastodonEvents.Read(new StreamEvent(MastodonEvents.StatusUpdate, status.Json), brand));
                }
            }

            if (changes.Count > 0)
            {
                await delivery.DeliverAsync(changes, cancellationToken);
            }
        }
    }

    /// <returns>The notification id the cursor moved to, if it moved.</returns>
    private async Task<string?> AcceptAsync(StreamEvent streamEvent, string brand, CancellationToken cancellationToken)
    {
        await delivery.DeliverAsync(MastodonEvents.Read(streamEvent, brand), cancellationToken);
        if (streamEvent.Name != MastodonEvents.Notification || MastodonEvents.NotificationId(streamEvent.Payload) is not { } id)
        {
            return null;
        }

        // After the intake made the notification durable: a crash before this line replays it, which changes nothing.
        var seen = await cursors.GetAsync(Cursor, cancellationToken);
        if (!MastodonEvents.IsNewer(id, seen))
        {
            return null;
        }

        await cursors.SaveAsync(Cursor, id, cancellationToken);
        return id;
    }
}
