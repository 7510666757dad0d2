using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Feeds to poll before their interval is up, because a push said their channel changed: a YouTube push carries the
/// video's title only (https://developers.google.com/youtube/v3/guides/push_notifications), the channel's feed its
/// description too. A feed asked for is due Feeds:PollAfterPush after the first push; the pushes that come meanwhile
/// join that one poll. Time is read from the clock, so a test clock decides when a poll is due.
/// </summary>
public sealed class PushedFeedPolls(IOptions<FeedOptions> options, TimeProvider clock)
{
    private readonly Dictionary<Uri, DateTimeOffset> asked = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Asks for one poll of <paramref name="feed"/> soon, unless one is asked for already.</summary>
    public void Ask(Uri feed)
    {
        TaskCompletionSource wake;
        lock (asked)
        {
            if (!asked.TryAdd(feed, clock.GetUtcNow() + options.Value.PollAfterPush))
            {
                return;
            }

            wake = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    /// <summary>
    /// Waits until feeds asked for are due and hands them out (each forgotten, so a push after this asks again), or
    /// until <paramref name="until"/> completes: then none.
    /// </summary>
    public async Task<IReadOnlyList<Uri>> DueAsync(Task until, CancellationToken cancellationToken)
    {
        while (!until.IsCompleted)
        {
            Task askedMore;
            TimeSpan? wait;
            lock (asked)
            {
                var now = clock.GetUtcNow();
                var due = asked.Where(feed => feed.Value <= now).Select(feed => feed.Key).ToList();
                if (due.Count > 0)
                {
                    due.ForEach(feed => asked.Remove(feed));
                    return due;
                }

                wait = asked.Count == 0 ? null : asked.Values.Min() - now;
                askedMore = changed.Task;
            }

            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task[] wakers = wait is { } delay ? [until, askedMore, Task.Delay(delay, clock, stopWaiting.Token)] : [until, askedMore];
            await Task.WhenAny(wakers);
            await stopWaiting.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return [];
    }
}
