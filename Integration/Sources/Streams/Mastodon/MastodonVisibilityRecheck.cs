using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// Looks again for the statuses marked "No longer visible". Mastodon leaves a status out of GET /api/v1/statuses when
/// it "cannot be accessed given the current credentials" (https://docs.joinmastodon.org/methods/statuses/#index), which
/// can end: its author unblocks the brand or lets it follow again, a suspension or a moderator's removal is reversed.
/// A status answered again is an edit that reopens its mention with its current text (MentionEdit.VisibleAgain),
/// and its later status.update edits apply as any other's. One still missing is looked for again after twice the wait
/// (VisibilityRecheckDelay doubling up to MaxVisibilityRecheckDelay) for VisibilityRecheckDays after it went, then it
/// stays no longer visible. A status its author deleted is forgotten when the delete is streamed, so never looked for
/// again. At most <see cref="CallsPerPass"/> calls of <see cref="MastodonApiClient.StatusesPerCall"/> ids a pass.
/// </summary>
public sealed class MastodonVisibilityRecheck(MastodonApiClient api, MastodonDelivery delivery, StreamStateStore cursors,
    IOptions<MastodonStreamOptions> options, TimeProvider clock, ILogger<MastodonVisibilityRecheck> logger) : BackgroundService
{
    /// <summary>Ten calls a pass: a small share of the 300 requests per 5 minutes Mastodon allows an account
    /// (https://docs.joinmastodon.org/api/rate-limits/), which the stream's own calls also use.</summary>
    public const int CallsPerPass = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var account = options.Value;
        if (!account.Enabled || account.VisibilityRecheckDays == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(account.VisibilityRecheckDelay, clock, stoppingToken);
            try
            {
                await RecheckDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TimeoutException or ExecutionRejectedException
                && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Mastodon: statuses no longer visible could not be looked for again ({Reason}); next look in {Wait}.",
                    e.Message, account.VisibilityRecheckDelay);
            }
        }
    }

    /// <summary>One look at the statuses no longer visible whose next look is due.</summary>
    internal async Task RecheckDueAsync(CancellationToken cancellationToken)
    {
        const string Source = MastodonStreamingService.Source;
        var account = options.Value;
        var now = clock.GetUtcNow();
        var due = await cursors.DueHiddenAsync(Source, now, now.AddDays(-account.VisibilityRecheckDays),
            MastodonApiClient.StatusesPerCall * CallsPerPass, cancellationToken);
        foreach (var batch in due.Chunk(MastodonApiClient.StatusesPerCall))
        {
            // Null: a server older than 4.3, which the stream reports; it marks nothing no longer visible there.
            var found = await api.StatusesAsync(batch.Select(post => post.PostId).ToList(), cancellationToken);
            if (found == null)
            {
                return;
            }

            var answered = new Dictionary<string, SourcedInput>(StringComparer.Ordinal);
            foreach (var status in found)
            {
                if (MastodonEvents.VisibleAgain(status) is ({ } id, { Edit: not null } back))
                {
                    answered[id] = back;
                }
            }

            var visible = new List<SourcedInput>();
            foreach (var post in batch)
            {
                if (answered.TryGetValue(post.PostId, out var back))
                {
                    visible.Add(back);
                }
                else
                {
                    await cursors.StillHiddenAsync(Source, post.PostId, now + Wait(post.Misses + 1), cancellationToken);
                }
            }

            if (visible.Count > 0)
            {
                logger.LogInformation("Mastodon: {Count} statuses no longer visible are visible again; their mentions reopen.", visible.Count);
                await delivery.DeliverVisibleAgainAsync(visible, cancellationToken);
            }
        }
    }

    private TimeSpan Wait(int misses)
    {
        var account = options.Value;
        var doubled = account.VisibilityRecheckDelay.Ticks * Math.Pow(2, Math.Min(misses, 30));
        return TimeSpan.FromTicks((long)Math.Min(account.MaxVisibilityRecheckDelay.Ticks, doubled));
    }
}
