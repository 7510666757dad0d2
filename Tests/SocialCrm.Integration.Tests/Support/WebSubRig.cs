using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Feeds;
using SocialCrm.Integration.Sources.Webhooks;
using SocialCrm.Integration.Sources.WebSub;
using SocialCrm.Tests.Networks;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// The worker's webhook port with its YouTube channel feeds and WebSub push, wired by the worker's own Add/Map methods,
/// subscribed at a <see cref="WebSubHub"/>. Its clock stands still until a test moves it; it can stop and start again on
/// the same folder and port (a restart keeps the queue and the subscriptions). The first start takes another port when
/// the one it chose was taken before it bound it.
/// </summary>
public sealed class WebSubRig : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly WebSubHub hub;
    private int? port;
    private WebApplication? app;

    public WebSubRig(WebSubHub hub, params string[] channels)
    {
        this.hub = hub;
        Channels = channels;
    }

    public string Folder { get; } = TempFolder.Create("socialcrm-websub-");

    public FixedClock Clock { get; } = new(FixedClock.Noon);

    public ListLoggerProvider Log { get; } = new();

    /// <summary>The YouTube channels configured as feeds (each the hub's feed of that channel, marked YouTube).</summary>
    public IReadOnlyList<string> Channels { get; set; }

    /// <summary>Settings over the rig's own, by configuration key.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public Uri Address => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    public SqliteMentionQueue Queue => Services.GetRequiredService<SqliteMentionQueue>();

    public IRemovalStore Removals => Services.GetRequiredService<IRemovalStore>();

    public IEditStore Edits => Services.GetRequiredService<IEditStore>();

    public FeedPoller Poller => Services.GetRequiredService<FeedPoller>();

    private IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Start the rig first.");

    private int Port => port ?? throw new InvalidOperationException("Start the rig first.");

    /// <summary>Starts the worker; again on the port of the first start, whose callbacks the hub knows.</summary>
    public async Task StartAsync()
    {
        if (port != null)
        {
            await StartOnAsync(port.Value);
            return;
        }

        await FreePort.StartAsync(async chosen =>
        {
            await StartOnAsync(chosen);
            return port = chosen;
        });
    }

    private async Task StartOnAsync(int chosen)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(Log);
        var settings = new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(Folder, "queue.db"),
            ["Feeds:Interval"] = "1.00:00:00",
            ["Webhooks:Port"] = chosen.ToString(CultureInfo.InvariantCulture),
            ["WebSub:HubUrl"] = hub.Url.ToString(),
            ["WebSub:CallbackBaseUrl"] = $"http://127.0.0.1:{chosen.ToString(CultureInfo.InvariantCulture)}/",
            ["WebSub:RetryInterval"] = "00:00:00.050",
        };
        foreach (var (channel, index) in Channels.Select((c, i) => (c, i)))
        {
            settings[$"Feeds:Subscriptions:{index}:Url"] = hub.FeedUrl(channel).ToString();
            settings[$"Feeds:Subscriptions:{index}:Platform"] = "YouTube";
        }

        builder.Configuration.AddInMemoryCollection(settings).AddInMemoryCollection(Settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddMentionQueue(builder.Configuration);
        builder.Services.AddWebhooks(builder.Configuration);
        builder.Services.AddFeedPollers(builder.Configuration);
        builder.Services.AddWebSub(builder.Configuration);
        var built = builder.Build();
        built.MapWebhooks();
        built.MapWebSub();
        try
        {
            await built.StartAsync();
        }
        catch
        {
            await built.DisposeAsync();
            throw;
        }

        app = built;
    }

    public async Task StopAsync()
    {
        if (app != null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    /// <summary>The callback the worker gives the hub for <paramref name="channel"/>.</summary>
    public Uri Callback(string channel) => new(Address, "webhooks/websub/" + channel);

    /// <summary>Waits until the hub has received <paramref name="count"/> subscription requests for
    /// <paramref name="topic"/> and the worker answered the verification of each; returns them.</summary>
    public async Task<IReadOnlyList<WebSubHub.Request>> ConfirmedAsync(Uri topic, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (hub.Requests.Count(r => r.Topic == topic.ToString()) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The hub did not get {count} requests for {topic}. Log:\n{string.Join("\n", Log.Messages)}");
            }

            await Task.Delay(20);
        }

        var requests = hub.Requests.Where(r => r.Topic == topic.ToString()).ToList();
        foreach (var request in requests)
        {
            Assert.IsTrue(await request.Confirmed.Task.WaitAsync(Patience), $"The worker refused the hub's verification of {request.Mode} {topic}.");
        }

        return requests;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with the log after the rig's patience.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what) => Until.TrueAsync(condition, what, Log, Patience);

    public async ValueTask DisposeAsync() => await StopAsync();
}
