using System;
using System.Collections.Generic;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// When each feed is next due. A feed that fails waits twice as long after each failure in a row (the interval, then
/// 2×, 4×… up to <see cref="MaxDelay"/>), so a broken or gone feed is not hammered; one success makes it due every
/// interval again.
/// </summary>
public sealed class FeedBackoff(TimeSpan interval)
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    private readonly Dictionary<Uri, (int Failures, DateTimeOffset Due)> failing = [];

    public bool IsDue(Uri feed, DateTimeOffset now) => !failing.TryGetValue(feed, out var state) || state.Due <= now;

    /// <summary>Counts a failure and returns how long the feed now waits.</summary>
    public TimeSpan Failed(Uri feed, DateTimeOffset now)
    {
        var failures = failing.TryGetValue(feed, out var state) ? state.Failures + 1 : 1;
        var delay = TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, interval.Ticks * Math.Pow(2, failures - 1)));
        failing[feed] = (failures, now + delay);
        return delay;
    }

    /// <summary>Clears the feed's failures; returns how many there were in a row.</summary>
    public int Succeeded(Uri feed) => failing.Remove(feed, out var state) ? state.Failures : 0;
}
