using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCrm.Dataverse.Local.WebApi.Auth;
using SocialCrm.Dataverse.Local.WebApi.ControlHost;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>Composition of the Web API host: Add registers its services on 127.0.0.1, Use places its middleware and endpoint.</summary>
public static class WebApiHostingExtensions
{
    private const string CorsPolicy = "LocalDataverse";

    /// <summary>Serves <paramref name="environment"/> on 127.0.0.1:<paramref name="port"/> (0 for any free port).</summary>
    public static WebApplicationBuilder AddLocalDataverseWebApi(this WebApplicationBuilder builder, LocalDataverse environment, WebApiOptions options, int port)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = RequestBodies.MaxBytes;
        });
        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(environment);
        services.AddSingleton<WebApiService>();
        services.AddSingleton<RequestDispatcher>();
        services.AddSingleton<ServiceProtectionLimiter>();
        if (options.CorsOrigins.Length > 0)
        {
            // Browsers read these headers of a response only when CORS exposes them.
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.WithOrigins(options.CorsOrigins)
                .AllowAnyHeader().AllowAnyMethod()
                .WithExposedHeaders("OData-EntityId", "OData-Version", "Preference-Applied", "Retry-After", "ETag", "Location")));
        }

        return builder;
    }

    public static WebApplication UseLocalDataverseWebApi(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WebApiOptions>>().Value.CorsOrigins.Length > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.UseMiddleware<BearerTokenMiddleware>();
        app.UseMiddleware<ServiceProtectionMiddleware>();
        var dispatcher = app.Services.GetRequiredService<RequestDispatcher>();
        app.Map(WebApiService.RootPath, (HttpContext context) => WebApiEndpoint.HandleAsync(context, dispatcher));
        app.Map(WebApiService.RootPath + "/{**path}", (HttpContext context) => WebApiEndpoint.HandleAsync(context, dispatcher));
        var controls = app.Services.GetRequiredService<IOptions<WebApiOptions>>().Value.Controls;
        if (controls.Count > 0)
        {
            app.MapControlHosts(controls);
        }

        return app;
    }

    /// <summary>The service root of a started host, from the address Kestrel bound.</summary>
    public static System.Uri ServiceRoot(this WebApplication app) =>
        new(app.Urls.First().TrimEnd('/') + WebApiService.RootPath + "/");
}
