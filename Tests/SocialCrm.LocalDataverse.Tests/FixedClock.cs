using System;

namespace SocialCrm.Dataverse.Local.Tests;

/// <summary>A clock that says what the test tells it, so tests never depend on the time they run at.</summary>
internal sealed class FixedClock : TimeProvider
{
    public FixedClock(DateTime utcNow)
    {
        UtcNow = utcNow;
    }

    public DateTime UtcNow { get; set; }

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);
}
