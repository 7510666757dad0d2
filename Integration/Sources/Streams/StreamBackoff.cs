using System;

namespace SocialCrm.Integration.Sources.Streams;

/// <summary>How long a stream waits before connecting again: the first delay, doubled after each failed try up to the
/// largest, and back to the first once a connection delivered something.</summary>
public sealed class StreamBackoff(TimeSpan first, TimeSpan largest)
{
    private readonly TimeSpan initial = first;
    private TimeSpan next = first;

    /// <summary>The wait before the next try; the one after it is longer.</summary>
    public TimeSpan Next()
    {
        var wait = next;
        next = TimeSpan.FromTicks(Math.Min(largest.Ticks, next.Ticks * 2));
        return wait;
    }

    public void Delivered() => next = initial;
}
