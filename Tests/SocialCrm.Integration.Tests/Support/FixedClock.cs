using System;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A clock that stands still, so rules about "now" are tested without reading the machine's time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
