using System;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>The machine's clock moved by a fixed offset: a server whose clock disagrees with the worker's.</summary>
public sealed class SkewedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
