using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.Telemetry;

namespace SocialCrm.Integration.Sink;

public static class SinkExtensions
{
    /// <summary>
    /// The Dataverse sink. Reads:
    /// <code>
    /// "DataverseSink": { "Url": "https://contoso.crm.dynamics.com", "TenantId": "…", "ClientId": "…", "ClientSecret": "…",
    ///                    "BatchSize": 100, "MaxConcurrency": 4, "IdleDelay": "00:00:02",
    ///                    "MaxAttempts": 8, "RetryDelay": "00:00:15", "MaxRetryDelay": "01:00:00" }
    /// </code>
    /// Without a Url something else (the local default) resolves <see cref="DataverseEndpoint"/>.
    /// </summary>
    public static IServiceCollection AddDataverseSink(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<DataverseSinkOptions>().Bind(config.GetSection(DataverseSinkOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<WorkerMetrics>();
        services.TryAddSingleton<SqliteSourceActivity>();
        services.AddSingleton(provider =>
        {
            var endpoint = new DataverseEndpoint();
            if (provider.GetRequiredService<IOptions<DataverseSinkOptions>>().Value.Url is { } url)
            {
                endpoint.Resolve(url);
            }

            return endpoint;
        });
        services.AddSingleton<DataverseSignIn>();
        services.AddTransient<AccessTokenHandler>();
        services.AddHttpClient(DataverseSignIn.HttpClientName);

        // UpsertMultiple by alternate key is idempotent, so the standard handler may retry the POST. Its retry already
        // waits as a 429's Retry-After says; the timeouts are widened because Dataverse gives one request up to two
        // minutes (plug-ins run inside it), and the circuit breaker's window must be at least twice the attempt timeout.
        // Throttling is not failure: a 429 says when to come back (service protection limits, https://learn.microsoft.com/
        // power-apps/developer/data-platform/api-limits), so it never counts towards opening the breaker, which would
        // turn a long storm into retries of healthy mentions.
        services.AddHttpClient(DataverseWebApiClient.HttpClientName)
            .AddHttpMessageHandler<AccessTokenHandler>()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
            {
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataverseWebApiClient));
                var metrics = provider.GetRequiredService<WorkerMetrics>();
                resilience.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(15);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
                resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                resilience.Retry.MaxRetryAttempts = 6;
                resilience.Retry.OnRetry = retry =>
                {
                    logger.LogWarning("Dataverse answered {Status}; retrying in {Delay} (attempt {Attempt}).",
                        (int?)retry.Outcome.Result?.StatusCode, retry.RetryDelay, retry.AttemptNumber + 1);
                    if (retry.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        metrics.Throttled(retry.RetryDelay);
                    }

                    return default;
                };
            });
        services.AddSingleton<LegacyIdRewriter>();
        services.AddSingleton<DataverseWebApiClient>();
        services.AddSingleton<RedeliveryPolicy>();
        services.AddSingleton<MentionBatchWriter>();
        services.AddSingleton<MentionSink>();
        services.AddHostedService(provider => provider.GetRequiredService<MentionSink>());
        return services;
    }
}
