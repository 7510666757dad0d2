using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>
/// A running Web API over an environment, in this process: tests and benchmarks start one on a free port and read its
/// service root.
/// <code>
/// await using var server = await LocalDataverseServer.StartAsync(dataverse);
/// var client = new HttpClient { BaseAddress = server.ServiceRoot };
/// </code>
/// </summary>
public sealed class LocalDataverseServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalDataverseServer(WebApplication app)
    {
        this.app = app;
        ServiceRoot = app.ServiceRoot();
    }

    /// <summary>The Web API's root, e.g. http://127.0.0.1:54321/api/data/v9.2/.</summary>
    public Uri ServiceRoot { get; }

    /// <param name="port">0 for any free port.</param>
    /// <param name="logging">Where the host logs; nowhere by default.</param>
    public static async Task<LocalDataverseServer> StartAsync(LocalDataverse environment, WebApiOptions? options = null, int port = 0, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.AddLocalDataverseWebApi(environment, options ?? new WebApiOptions(), port);
        var app = builder.Build();
        app.UseLocalDataverseWebApi();
        await app.StartAsync();
        return new LocalDataverseServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
