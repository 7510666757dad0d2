using System;
using System.CommandLine;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Demo;
using SocialCrm.Integration.Hosting;
using SocialCrm.Integration.Local;
using SocialCrm.Integration.Sink;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>
/// `socialcrm demo`: starts LocalDataverse (the local default, in a fresh data folder) serving the SocialPulse control's
/// host page, writes the demo customer through its Web API and prints the pages to open, until Ctrl+C.
/// </summary>
public static class DemoCommand
{
    private const string ControlName = "SocialCrm.SocialPulse";

    public static Command Create(CommandEnvironment environment)
    {
        var port = new Option<int>("--port") { Description = "port of LocalDataverse on 127.0.0.1 (0: any free port)", DefaultValueFactory = _ => 5555 };
        var command = new Command("demo", "Run LocalDataverse with a demo customer and print the address of the social pulse page") { port };
        command.SetAction((parse, ct) => RunAsync(environment, parse.GetValue(port), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandEnvironment environment, int port, CancellationToken cancellationToken)
    {
        var console = environment.Console;
        var control = BuildLayout.SocialPulseControl;
        if (!File.Exists(Path.Combine(control, "bundle.js")))
        {
            console.MarkupLineInterpolated($"[red]The SocialPulse control is not built: {control} has no bundle.js.[/] Install Node.js and npm, then run dotnet build Controls.");
            return 1;
        }

        // The LocalDataverse child reads its WebApi section from its environment: this serves the control's host page.
        Environment.SetEnvironmentVariable($"WebApi__Controls__{ControlName}", control);
        var data = Directory.CreateTempSubdirectory("socialcrm-demo-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        SocialCrmConfiguration.Apply(builder.Configuration, environment.Configure);
        builder.Configuration.AddInMemoryCollection(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string?>($"{LocalDataverseOptions.Section}:DataFolder", data),
            new System.Collections.Generic.KeyValuePair<string, string?>($"{LocalDataverseOptions.Section}:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // The browser page calls the Web API as a form does, with no token: the demo's own, interactive environment.
            new System.Collections.Generic.KeyValuePair<string, string?>($"{LocalDataverseOptions.Section}:{nameof(LocalDataverseOptions.RequireToken)}", "false"),
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DataverseEndpoint>();
        builder.Services.AddLocalDataverse(builder.Configuration, SocialCrmConfiguration.EnvironmentPrefix);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);

        var address = await host.Services.GetRequiredService<DataverseEndpoint>().AddressAsync(cancellationToken);
        using var webApi = new HttpClient { BaseAddress = new Uri(address, DataverseWebApiClient.ApiPath) };
        var demo = await PulseDemoData.SeedAsync(webApi, DateTimeOffset.UtcNow, cancellationToken);

        // Plain lines: an address wrapped at the console's width could not be copied.
        console.Profile.Width = 4096;
        console.WriteLine($"LocalDataverse Web API at {webApi.BaseAddress} (data in {data})");
        console.WriteLine($"Social pulse of {PulseDemoData.ContactName} (contact form): {Page(address, "contact", demo.ContactId)}");
        console.WriteLine($"Her escalated conversation (conversation form): {Page(address, "scrm_conversation", demo.EscalatedConversationId)}");
        console.WriteLine("Ctrl+C to stop.");
        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    // The control host's page, as Dataverse/Local/WebApi/ControlHost serves it (Integration speaks to LocalDataverse over HTTP only).
    private static Uri Page(Uri address, string entity, Guid id) => new(address, $"controls/{ControlName}?entity={entity}&id={id}");
}
