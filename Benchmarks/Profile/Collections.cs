using System;
using System.Globalization;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// The process's garbage collections by generation and their pause time: what a batch's allocations cost beyond
/// allocating. A gen0 collection in the middle of a batch copies whatever the batch still holds to gen1 and later gen2,
/// and a gen2 collection walks the whole heap; the pauses run on the thread that allocated.
/// https://learn.microsoft.com/dotnet/standard/garbage-collection/fundamentals#generations
/// </summary>
internal readonly record struct Collections(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static Collections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static Collections operator -(Collections after, Collections before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause);

    public string Per(int batches) => string.Create(CultureInfo.InvariantCulture,
        $"gen0 {(double)Gen0 / batches:0.00}, gen1 {(double)Gen1 / batches:0.00}, gen2 {(double)Gen2 / batches:0.00}, paused {Pause.TotalMilliseconds / batches:0.0} ms");
}
