using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

/// <summary>
/// Counts, per caller, the requests of the sliding window and the requests in flight, and refuses one past a limit with
/// the documented error and the wait until the window (or a slot) frees. A refused request is not counted. The clock is
/// the environment's, so a test with a fixed clock gets an exact Retry-After.
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limit-errors
/// </summary>
internal sealed class ServiceProtectionLimiter
{
    private readonly ServiceProtectionOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<ServiceProtectionLimiter> logger;
    private readonly Dictionary<Guid, CallerUsage> usage = new();
    private readonly object gate = new();

    public ServiceProtectionLimiter(IOptions<WebApiOptions> options, LocalDataverse environment, ILogger<ServiceProtectionLimiter> logger)
    {
        this.options = options.Value.ServiceProtection;
        clock = environment.Options.Clock;
        this.logger = logger;
    }

    /// <summary>Admits a request of <paramref name="caller"/> (it must then <see cref="Exit"/>), or says why not.</summary>
    public Rejection? TryEnter(Guid caller)
    {
        var now = clock.GetUtcNow();
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        Rejection? rejection = null;
        int requests, inFlight;
        lock (gate)
        {
            if (!usage.TryGetValue(caller, out var counters))
            {
                usage[caller] = counters = new CallerUsage();
            }

            while (counters.Requests.Count > 0 && counters.Requests.Peek() <= now - window)
            {
                counters.Requests.Dequeue();
            }

            if (counters.InFlight >= options.MaxConcurrentRequests)
            {
                rejection = new Rejection(
                    WebApiErrorCodes.TooManyConcurrentRequests,
                    $"Number of concurrent requests exceeded the limit of {options.MaxConcurrentRequests}.",
                    options.ConcurrencyRetryAfterSeconds);
            }
            else if (counters.Requests.Count >= options.MaxRequestsPerWindow)
            {
                var wait = counters.Requests.Peek() + window - now;
                rejection = new Rejection(
                    WebApiErrorCodes.TooManyRequests,
                    $"Number of requests exceeded the limit of {options.MaxRequestsPerWindow} over time window of {options.WindowSeconds} seconds.",
                    Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }
            else
            {
                counters.Requests.Enqueue(now);
                counters.InFlight++;
            }

            requests = counters.Requests.Count;
            inFlight = counters.InFlight;
        }

        if (rejection is null)
        {
            logger.LogDebug("Service protection: caller {Caller} has {Requests} requests in the window and {InFlight} in flight", caller, requests, inFlight);
        }
        else
        {
            logger.LogWarning(
                "Service protection refused a request of caller {Caller} ({Code}): {Requests}/{MaxRequests} requests in the last {Window} s, {InFlight}/{MaxConcurrent} in flight; Retry-After {RetryAfter} s",
                caller, rejection.Code, requests, options.MaxRequestsPerWindow, options.WindowSeconds, inFlight, options.MaxConcurrentRequests, rejection.RetryAfterSeconds);
        }

        return rejection;
    }

    public void Exit(Guid caller)
    {
        lock (gate)
        {
            usage[caller].InFlight--;
        }
    }

    private sealed class CallerUsage
    {
        public Queue<DateTimeOffset> Requests { get; } = new();

        public int InFlight { get; set; }
    }
}
