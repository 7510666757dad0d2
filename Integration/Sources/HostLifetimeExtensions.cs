using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace SocialCrm.Integration.Sources;

public static class HostLifetimeExtensions
{
    /// <summary>Completes once the host has started (its web server listens), or is canceled with <paramref name="stoppingToken"/>.</summary>
    public static async Task StartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
    }
}
