using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Benchmarks.Profile;

/// <summary>
/// Registered twice around the solution's pre-operation steps on the measured store (first and last in rank): the first
/// keeps the request thread's CPU clock in the pipeline's shared variables, the last traces the CPU time since. So the
/// trace log holds the steps' CPU per batch — their own code, their nested requests and the collections they caused —
/// which a loaded machine does not inflate as it does their wall time (the trace log's execution duration).
/// </summary>
public sealed class StepClockPlugin : IPlugin
{
    public const string Start = "start";

    private const string StartedAt = "socialcrm.benchmark.stepsstarted";

    private readonly bool starts;

    public StepClockPlugin(string unsecure, string secure)
    {
        starts = unsecure == Start;
    }

    public static TimeSpan Read(string traced) => TimeSpan.FromTicks(long.Parse(traced.Trim(), CultureInfo.InvariantCulture));

    public void Execute(IServiceProvider serviceProvider)
    {
        var now = ThreadCpuClock.Now().Ticks;
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (starts)
        {
            context.SharedVariables[StartedAt] = now;
            return;
        }

        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace((now - (long)context.SharedVariables[StartedAt]).ToString(CultureInfo.InvariantCulture));
    }
}
