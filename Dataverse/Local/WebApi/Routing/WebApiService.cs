using System;
using Microsoft.Extensions.Logging;
using SocialCrm.Dataverse.Local.WebApi.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>What every request needs: the environment it acts on and the model its URLs and bodies are read against.</summary>
internal sealed class WebApiService
{
    /// <summary>The path of the service root, as Dataverse's: [Organization URI]/api/data/v9.2/.</summary>
    public const string RootPath = "/api/data/v9.2";

    public WebApiService(LocalDataverse environment, ILogger<WebApiService> logger)
    {
        Environment = environment;
        Model = WebApiModelBuilder.Build(environment);
        Logger = logger;
    }

    public LocalDataverse Environment { get; }

    public WebApiModel Model { get; }

    public ILogger Logger { get; }

    /// <summary>The service root of a request: its scheme, host and port, then <see cref="RootPath"/>.</summary>
    public static Uri ServiceRootOf(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + RootPath + "/");
}
