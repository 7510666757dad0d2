using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Meters and spans of ASP.NET Core (webhooks coming in) and HttpClient (Dataverse's Web API, networks).</summary>
    private static readonly string[] PlatformSources = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore", "System.Net.Http"];

    /// <summary>
    /// The worker's metrics and traces (https://opentelemetry.io/docs/languages/dotnet/). Reads:
    /// <code>"Telemetry": { "OtlpEndpoint": "http://collector:4318", "OtlpProtocol": "HttpProtobuf", "PrometheusEndpoint": true }</code>
    /// Call after every source of the inbox is registered: it measures whatever inbox the sources are given.
    /// </summary>
    public static IServiceCollection AddWorkerTelemetry(this IServiceCollection services, IConfiguration config)
    {
        var options = Read(config);
        services.AddOptions<TelemetryOptions>().Bind(config.GetSection(TelemetryOptions.Section));
        services.AddMetrics();
        services.TryAddSingleton<WorkerMetrics>();
        services.AddSingleton<QueueDepthGauge>();
        services.DecorateInbox((provider, inbox) => new MeasuredInbox(inbox, provider.GetRequiredService<WorkerMetrics>()));

        if (options.OtlpEndpoint is null && !options.PrometheusEndpoint)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("socialcrm-worker"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([WorkerMetrics.MeterName, .. PlatformSources]);
                metrics.AddInstrumentation(provider => provider.GetRequiredService<QueueDepthGauge>());
                if (options.PrometheusEndpoint)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithTracing(tracing => tracing.AddSource([WorkerMetrics.MeterName, .. PlatformSources]))
                .UseOtlpExporter(options.OtlpProtocol, endpoint);
        }

        return services;
    }

    public static WebApplication MapWorkerTelemetry(this WebApplication app)
    {
        if (Read(app.Configuration).PrometheusEndpoint)
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }

    private static TelemetryOptions Read(IConfiguration config) =>
        config.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
}
