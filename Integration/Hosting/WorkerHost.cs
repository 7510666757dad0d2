using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Escalation;
using SocialCrm.Integration.Health;
using SocialCrm.Integration.Local;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Replies;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Sources.Streams;
using SocialCrm.Integration.Sources.Webhooks;
using SocialCrm.Integration.Sources.WebSub;
using SocialCrm.Integration.Telemetry;

namespace SocialCrm.Integration.Hosting;

/// <summary>
/// The worker: webhook endpoint, health and metrics endpoints, feed pollers, durable queue and Dataverse sink in one host. With no
/// DataverseSink:Url it also runs LocalDataverse (the local default).
/// </summary>
public static class WorkerHost
{
    public static WebApplication Build(CommandEnvironment environment)
    {
        var builder = WebApplication.CreateSlimBuilder();
        SocialCrmConfiguration.Apply(builder.Configuration, environment.Configure);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole(console => console.SingleLine = true);

        // Hosted services stop in the reverse order of these lines: sources first, then the sink (its in-flight writes
        // finish), then LocalDataverse, which those writes need.
        if (string.IsNullOrEmpty(builder.Configuration[$"{DataverseSinkOptions.Section}:{nameof(DataverseSinkOptions.Url)}"]))
        {
            builder.Services.AddLocalDataverse(builder.Configuration, SocialCrmConfiguration.EnvironmentPrefix);
        }

        builder.Services.AddMentionQueue(builder.Configuration);
        builder.Services.AddDataverseSink(builder.Configuration);
        builder.Services.AddReplyDelivery(builder.Configuration);
        builder.Services.AddWaitingConversationScheduler(builder.Configuration);
        builder.Services.AddMentionRemovals(builder.Configuration).AddRemovalApplier();
        builder.Services.AddWebhooks(builder.Configuration);
        builder.Services.AddFeedPollers(builder.Configuration);
        builder.Services.AddWebSub(builder.Configuration);
        builder.Services.AddStreams(builder.Configuration);
        builder.Services.AddWorkerHealth();
        builder.Services.AddSourceActivity();
        builder.Services.AddWorkerTelemetry(builder.Configuration);
        builder.Services.AddHostedService<StartupSummary>();

        var app = builder.Build();
        app.MapWebhooks();
        app.MapDataverseWebhook();
        app.MapWebSub();
        app.MapWorkerHealth();
        app.MapWorkerTelemetry();
        return app;
    }
}
