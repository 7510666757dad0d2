using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Activity;
using SocialCrm.Integration.CommandLine;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Sources.Access;
using SocialCrm.Integration.Sources.Import;

namespace SocialCrm.Integration.Hosting;

/// <summary>
/// The host of the short commands (import, status): the same registrations as the worker's, without its web endpoint
/// and background loops, so a command sees exactly the queue and settings the worker sees.
/// </summary>
public static class CommandHost
{
    public static IHost Build(CommandEnvironment environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        SocialCrmConfiguration.Apply(builder.Configuration, environment.Configure);
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMentionQueue(builder.Configuration);
        builder.Services.AddMentionRemovals(builder.Configuration).AddAccessRevocations();
        builder.Services.AddSourceActivity();
        builder.Services.AddFileImport();
        var host = builder.Build();

        // A command never starts the host, so the options are validated here, as the worker's start would.
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }
}
