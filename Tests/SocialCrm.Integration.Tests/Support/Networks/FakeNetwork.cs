using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Tests.Networks;

/// <summary>A network's API served on 127.0.0.1 for a test; each network's contract is in its subclass.</summary>
public abstract class FakeNetwork : IAsyncDisposable
{
    private WebApplication? app;

    public Uri Url => new(app!.Urls.Single() + "/");

    /// <summary>The token the network accepts; any other is answered 401.</summary>
    public string AcceptedToken { get; set; } = "network-token";

    /// <summary>Runs after the network stored a new post and before it answers: a test stops the worker here.</summary>
    public Func<Task>? AfterAccepting { get; set; }

    /// <summary>How many requests to answer 429 before serving again.</summary>
    public int RateLimitNext { get; set; }

    protected async Task StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        map(app);
        await app.StartAsync();
    }

    protected bool IsAuthorized(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString() == "Bearer " + AcceptedToken;

    protected bool TakeRateLimit()
    {
        if (RateLimitNext <= 0)
        {
            return false;
        }

        RateLimitNext--;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (app != null)
        {
            await app.DisposeAsync();
        }
    }
}
