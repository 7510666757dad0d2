using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Local;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Replies;
using SocialCrm.Integration.Replies.Webhook;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Sources;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Sources.Streams.Bluesky;
using SocialCrm.Integration.Sources.Streams.Mastodon;
using SocialCrm.Integration.Sources.Webhooks;
using SocialCrm.Integration.Sources.WebSub;
using SocialCrm.Integration.Telemetry;

namespace SocialCrm.Integration.Hosting;

/// <summary>
/// Once the worker is up, one log line per part saying what runs and where, and what is off and which setting would
/// turn it on, so an operator does not have to guess from silence why a network's posts never arrive.
/// </summary>
public sealed class StartupSummary(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<StartupSummary> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.StartedAsync(stoppingToken);
        foreach (var line in Describe())
        {
            logger.LogInformation("Startup: {Part}", line);
        }

        try
        {
            var address = await services.GetRequiredService<DataverseEndpoint>().AddressAsync(stoppingToken);
            logger.LogInformation("Startup: {Part}", services.GetService<LocalDataverseProcess>() is null
                ? $"Dataverse: {address}"
                : $"Dataverse: LocalDataverse at {address} (the local default; data in {Path.GetFullPath(Options<LocalDataverseOptions>().DataFolder)})");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Startup: Dataverse: none ({Reason}).", e.Message);
        }
    }

    private IEnumerable<string> Describe()
    {
        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        yield return $"Webhooks at {address}: " + string.Join("; ",
            Switch("Meta /webhooks/meta", Options<MetaWebhookOptions>().Enabled, "Webhooks:Meta:AppSecret"),
            Switch("X /webhooks/x", Options<XWebhookOptions>().Enabled, "Webhooks:X:ConsumerSecret"),
            Switch("generic /webhooks/generic", Options<GenericWebhookOptions>().Enabled, "Webhooks:Generic:Secret"),
            Switch("Dataverse /webhooks/dataverse (new replies)", Options<DataverseWebhookOptions>().Enabled, "Webhooks:Dataverse:Key"));

        var feeds = Options<FeedOptions>();
        yield return feeds.Subscriptions.Count == 0
            ? "Feeds: off (no Feeds:Subscriptions)"
            : $"Feeds: {feeds.Subscriptions.Count} polled every {feeds.Interval}: {string.Join(", ", feeds.Subscriptions.Select(s => s.Url))}";

        yield return YouTubePush(feeds);

        var (mastodon, bluesky) = (Options<MastodonStreamOptions>(), Options<BlueskyStreamOptions>());
        yield return "Streams: " + string.Join("; ",
            Switch(mastodon.Enabled ? $"Mastodon {mastodon.InstanceUrl} over {mastodon.Transport}" : "Mastodon", mastodon.Enabled, "Streams:Mastodon:AccessToken"),
            Switch(bluesky.Enabled ? $"Bluesky {bluesky.Did} through {bluesky.JetstreamUrl}" : "Bluesky", bluesky.Enabled, "Streams:Bluesky:Did"));

        var replies = Options<ReplyOptions>();
        yield return "Replies: " + string.Join("; ",
            Switch("X", !string.IsNullOrEmpty(replies.X.AccessToken), "Replies:X:AccessToken"),
            Switch("Mastodon", !string.IsNullOrEmpty(replies.Mastodon.AccessToken), "Replies:Mastodon:AccessToken"));

        yield return $"Queue: {Path.GetFullPath(Options<QueueOptions>().Path)}";

        var telemetry = Options<TelemetryOptions>();
        yield return "Telemetry: " + string.Join("; ",
            telemetry.OtlpEndpoint is { } collector ? $"OTLP to {collector}" : Switch("OTLP", false, "Telemetry:OtlpEndpoint"),
            Switch("Prometheus /metrics", telemetry.PrometheusEndpoint, "Telemetry:PrometheusEndpoint"));
    }

    private string YouTubePush(FeedOptions feeds)
    {
        var push = Options<WebSubOptions>();
        var channels = YouTubeTopic.Of(feeds.Subscriptions);
        return !push.Enabled ? Switch("YouTube push (WebSub)", false, "WebSub:CallbackBaseUrl")
            : channels.Count == 0 ? "YouTube push (WebSub): on, but no YouTube channel feed in Feeds:Subscriptions"
            : $"YouTube push (WebSub): {channels.Count} channels subscribed at {push.HubUrl}, callbacks under "
              + $"{WebSubEndpoint.Callback(push.CallbackBaseUrl!, "")}: {string.Join(", ", channels.Select(c => c.ChannelId))}";
    }

    private static string Switch(string part, bool on, string setting) => on ? $"{part} on" : $"{part} off (no {setting})";

    private T Options<T>() where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
