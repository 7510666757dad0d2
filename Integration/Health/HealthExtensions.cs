using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialCrm.Integration.Health;

/// <summary>
/// The worker's health endpoints, beside the webhooks: <c>/health/live</c> answers 200 while the process serves at all
/// (restart it when not); <c>/health/ready</c> answers 200 only when the queue takes writes and Dataverse answers a
/// WhoAmI with the worker's credentials, 503 otherwise, with each check's reason in a JSON body.
/// https://learn.microsoft.com/aspnet/core/host-and-deploy/health-checks
/// </summary>
public static class HealthExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddWorkerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<QueueWritableCheck>("queue", tags: [Ready])
            .AddCheck<DataverseAnsweringCheck>("dataverse", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapWorkerHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web);
}
