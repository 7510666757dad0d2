using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Extending;

namespace SocialCrm.Benchmarks.EndToEnd;

/// <summary>
/// Times every UpsertMultiple inside LocalDataverse: from after the call log to the response, so plug-ins, the
/// transaction and its commit are in and HTTP and OData parsing are out. This is the server time Dataverse's
/// 20 minutes of execution per 5 minutes counts.
/// </summary>
internal sealed class UpsertMultipleTimer : IRequestStep
{
    private readonly ConcurrentQueue<(int Targets, TimeSpan Time)> timings = new();

    public OrganizationResponse Run(OrganizationRequest request, MessageScope scope, Func<OrganizationResponse> next)
    {
        if (request.RequestName != "UpsertMultiple")
        {
            return next();
        }

        var clock = Stopwatch.StartNew();
        var response = next();
        timings.Enqueue(((request.Parameters["Targets"] as EntityCollection)?.Entities.Count ?? 0, clock.Elapsed));
        return response;
    }

    public int Requests => timings.Count;

    /// <summary>Median server time of one UpsertMultiple.</summary>
    public TimeSpan Median
    {
        get
        {
            var sorted = timings.Select(timing => timing.Time).OrderBy(time => time).ToList();
            return sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2];
        }
    }

    public TimeSpan Total => TimeSpan.FromTicks(timings.Sum(timing => timing.Time.Ticks));

    public void Clear() => timings.Clear();
}
