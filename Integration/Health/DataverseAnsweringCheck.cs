using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCrm.Integration.Sink;

namespace SocialCrm.Integration.Health;

/// <summary>
/// Ready only while Dataverse answers WhoAmI as the worker's application user: the environment is reachable, sign-in
/// works and Dataverse accepts the token. Each probe gets ten seconds.
/// </summary>
public sealed class DataverseAnsweringCheck(DataverseWebApiClient dataverse) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probe.CancelAfter(Patience);
        var problem = await dataverse.WhoAmIAsync(probe.Token);
        return problem == null
            ? HealthCheckResult.Healthy("Dataverse answers and accepts the worker's credentials.")
            : HealthCheckResult.Unhealthy(problem);
    }
}
