using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Extending;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// Times every request LocalDataverse serves, the plug-ins' own requests included, keyed by how deep it nests, message
/// and table. A request sent inside another (UpsertMultiple's own CreateMultiple, a plug-in's Create) runs inside it,
/// so the times nest: the top-level request's time holds its plug-ins', which hold their requests'.
/// </summary>
internal sealed class RequestProfile : IRequestStep
{
    private readonly ConcurrentDictionary<RequestKind, Tally> tallies = new();
    private readonly ThreadLocal<int> nesting = new();

    public OrganizationResponse Run(OrganizationRequest request, MessageScope scope, Func<OrganizationResponse> next)
    {
        var kind = RequestKind.Of(request, nesting.Value);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var cpu = ThreadCpuClock.Now();
        nesting.Value++;
        try
        {
            return next();
        }
        finally
        {
            nesting.Value--;
            tallies.GetOrAdd(kind, _ => new Tally()).Add(clock.Elapsed, ThreadCpuClock.Now() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated,
                request.Parameters.TryGetValue("Target", out var target) && target is Entity row ? row.Attributes.Count : 0);
        }
    }

    public IReadOnlyDictionary<RequestKind, Tally> Tallies => tallies;

    public void Clear() => tallies.Clear();
}

/// <summary>A message on a table, sent <see cref="Nesting"/> requests deep (0: by the application).</summary>
internal sealed record RequestKind(string MessageName, string Table, int Nesting)
{
    public static RequestKind Of(OrganizationRequest request, int nesting) => new(request.RequestName, TableOf(request), nesting);

    public override string ToString() => $"{MessageName} {Table}";

    private static string TableOf(OrganizationRequest request) => request.Parameters.Values.Select(value => value switch
    {
        Entity entity => entity.LogicalName,
        EntityCollection collection => collection.EntityName,
        EntityReference reference => reference.LogicalName,
        Microsoft.Xrm.Sdk.Query.QueryExpression query => query.EntityName,
        _ => null,
    }).FirstOrDefault(name => name != null) ?? "-";
}

/// <summary>How many requests of one kind, and their time together: wall time and the CPU time of their thread; the
/// bytes their thread allocated and the columns their targets carried.</summary>
internal sealed class Tally
{
    private long count;
    private long ticks;
    private long cpuTicks;
    private long bytes;
    private long columns;

    public long Count => count;

    public TimeSpan Total => TimeSpan.FromTicks(ticks);

    public TimeSpan Cpu => TimeSpan.FromTicks(cpuTicks);

    public long Allocated => bytes;

    public long Columns => columns;

    public void Add(TimeSpan time, TimeSpan cpu, long allocated, int targetColumns)
    {
        Interlocked.Add(ref columns, targetColumns);
        Interlocked.Add(ref bytes, allocated);
        Interlocked.Increment(ref count);
        Interlocked.Add(ref ticks, time.Ticks);
        Interlocked.Add(ref cpuTicks, cpu.Ticks);
    }
}
