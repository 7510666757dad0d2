using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// Prefixes each trace line with the milliseconds since the previous one, so the plug-in trace log doubles as a
/// profiler (as Microsoft's template does). The platform tracing service is taken from the service provider.
/// </summary>
public sealed class LocalTracingService : ITracingService
{
    private readonly ITracingService _tracingService;
    private readonly Stopwatch _sincePrevious = Stopwatch.StartNew();

    public LocalTracingService(IServiceProvider serviceProvider)
    {
        _tracingService = serviceProvider.GetService(typeof(ITracingService)) as ITracingService
            ?? throw new InvalidPluginExecutionException("The service provider has no ITracingService.");
    }

    public void Trace(string format, params object[] args)
    {
        var message = args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        var elapsed = _sincePrevious.ElapsedMilliseconds;
        _sincePrevious.Restart();
        _tracingService.Trace("[+{0}ms] - {1}", elapsed, message);
    }
}
