using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Health;

/// <summary>Ready only while the queue takes a write: a source acknowledges nothing it could not store.</summary>
public sealed class QueueWritableCheck(IQueueMonitor queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await queue.CheckWritableAsync(cancellationToken);
            return HealthCheckResult.Healthy("The queue takes writes.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The queue takes no writes: {e.Message}");
        }
    }
}
