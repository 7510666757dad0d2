using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>
/// <c>serve --port 5555 --data &lt;folder&gt; [--solution &lt;zip|folder&gt;]</c>: serves an environment whose data lives in
/// the folder (so it survives restarts) until Ctrl+C, and prints its service root. The WebApi section of the
/// configuration (appsettings.json, WebApi__* variables, --WebApi:Key=value) sets the options.
/// </summary>
public static class ServeCommand
{
    public const string Usage = "usage: serve --port <port> --data <folder> [--solution <zip|folder>]";

    /// <summary>The store file inside the data folder.</summary>
    public const string DatabaseFileName = "localdataverse.db";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "serve")
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder(args[1..]);
        var data = builder.Configuration["data"];
        if (string.IsNullOrWhiteSpace(data) || !int.TryParse(builder.Configuration["port"] ?? "5555", out var port))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        Directory.CreateDirectory(data);
        var solution = builder.Configuration["solution"];
        var environmentBuilder = solution is null ? LocalDataverse.FromMetadata() : LocalDataverse.FromSolution(solution);
        LocalDataverse built;
        try
        {
            built = environmentBuilder.InFile(Path.Combine(data, DatabaseFileName)).Build();
        }
        catch (Exception e) when (solution is not null && e is FormatException or IOException or InvalidDataException)
        {
            // A refused import is the admin's input, not a crash: say what is wrong and exit with an error code.
            await Console.Error.WriteLineAsync($"serve: the solution {solution} was refused: {e.Message}");
            return 1;
        }

        using var environment = built;
        var options = builder.Configuration.GetSection(WebApiOptions.SectionName).Get<WebApiOptions>() ?? new WebApiOptions();
        builder.AddLocalDataverseWebApi(environment, options, port);
        var app = builder.Build();
        app.UseLocalDataverseWebApi();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"LocalDataverse Web API at {app.ServiceRoot()} (Ctrl+C to stop)"));
        await app.RunAsync();
        return 0;
    }
}
