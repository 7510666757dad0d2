using System;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>The environment's clock, set by the test: validation and escalation times never depend on when tests run.</summary>
internal sealed class TestClock : TimeProvider
{
    public TestClock(DateTime utcNow)
    {
        UtcNow = utcNow;
    }

    public DateTime UtcNow { get; set; }

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);
}
