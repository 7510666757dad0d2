using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Access;
using SocialCrm.Integration.Sources.Webhooks;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>The worker's webhook endpoint and queue, wired by the worker's own Add/Map methods, on a free port of 127.0.0.1.</summary>
public sealed class WebhookServer : IAsyncDisposable
{
    public const string MetaAppSecret = "meta-app-secret";
    public const string MetaVerifyToken = "meta-verify-token";
    public const string XConsumerSecret = "x-consumer-secret";
    public const string GenericSecret = "generic-secret";

    private readonly WebApplication app;

    private WebhookServer(WebApplication app, FixedClock clock, ListLoggerProvider log)
    {
        this.app = app;
        Log = log;
        Clock = clock;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Queue = app.Services.GetRequiredService<SqliteMentionQueue>();
        Removals = app.Services.GetRequiredService<IRemovalStore>();
        Edits = app.Services.GetRequiredService<IEditStore>();
        Revocations = app.Services.GetRequiredService<SqliteAccessRevocations>();
    }

    public HttpClient Client { get; }

    public SqliteMentionQueue Queue { get; }

    /// <summary>The deletes and hides the endpoints recorded (tombstones included).</summary>
    public IRemovalStore Removals { get; }

    /// <summary>The authors' edits the endpoints recorded.</summary>
    public IEditStore Edits { get; }

    /// <summary>What the endpoints logged.</summary>
    public ListLoggerProvider Log { get; }

    /// <summary>Accounts that revoked the app's access.</summary>
    public SqliteAccessRevocations Revocations { get; }

    public FixedClock Clock { get; }

    public Uri Address => Client.BaseAddress!;

    /// <summary>Posts <paramref name="body"/> to /webhooks/x signed as X signs it (X-Twitter-Webhooks-Signature).</summary>
    public Task<HttpResponseMessage> DeliverXAsync(string body) =>
        PostSignedAsync("/webhooks/x", body, "X-Twitter-Webhooks-Signature", Signatures.XBase64(XConsumerSecret, body));

    /// <summary>Posts <paramref name="body"/> to /webhooks/meta signed as Meta signs it (X-Hub-Signature-256).</summary>
    public Task<HttpResponseMessage> DeliverMetaAsync(string body) =>
        PostSignedAsync("/webhooks/meta", body, "X-Hub-Signature-256", Signatures.MetaHex(MetaAppSecret, body));

    private async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string header, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(header, signature);
        return await Client.SendAsync(request);
    }

    public static async Task<WebhookServer> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var log = new ListLoggerProvider();
        var clock = new FixedClock(FixedClock.Noon);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(log);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queue:Path"] = Path.Combine(TempFolder.Create(), "queue.db"),
            ["Webhooks:Port"] = "0",
            ["Webhooks:Meta:AppSecret"] = MetaAppSecret,
            ["Webhooks:Meta:VerifyToken"] = MetaVerifyToken,
            ["Webhooks:X:ConsumerSecret"] = XConsumerSecret,
            ["Webhooks:Generic:Secret"] = GenericSecret,
        });
        if (settings != null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddMentionQueue(builder.Configuration);
        builder.Services.AddWebhooks(builder.Configuration);
        var app = builder.Build();
        app.MapWebhooks();
        await app.StartAsync();
        return new WebhookServer(app, clock, log);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
