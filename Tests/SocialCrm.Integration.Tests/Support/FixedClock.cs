using System;
using System.Threading;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A clock that stands still, so rules about "now" are tested without reading the machine's time.</summary>
/// <remarks>The worker reads it on its own threads while a test moves it: the instant is one 64-bit field, read and
/// written whole, so no reader sees half of a move (a DateTimeOffset is two fields).</remarks>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private long utcTicks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref utcTicks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
