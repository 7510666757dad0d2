using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>
/// <c>serve --port 5555 --data &lt;folder&gt; [--solution &lt;zip|folder&gt;] [--lifeline stdin] [--token stdin]</c>: serves an environment
/// whose data lives in the folder (so it survives restarts) until Ctrl+C, and prints its service root. A solution zip's
/// configuration data package (&lt;stem&gt;_data.zip beside it: the seed escalation rules) is imported with it. One process holds
/// a data folder at a time: a second serve of the same folder exits 3 before it opens the store. With
/// <c>--lifeline stdin</c> it also stops when its standard input closes, which the operating system does when the
/// parent that started it dies, even by SIGKILL, so a child never outlives its worker. With <c>--token stdin</c> the
/// first line of its standard input is the one bearer token it accepts (strict mode, as the caller the options name):
/// handed over a pipe, the token shows neither in the command line nor in the environment, and a request without it is
/// answered 401 as Dataverse answers one without a valid access token
/// (https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth). The WebApi section of the
/// configuration (appsettings.json, WebApi__* variables, --WebApi:Key=value) sets the options.
/// </summary>
public static class ServeCommand
{
    public const string Usage = "usage: serve --port <port> --data <folder> [--solution <zip|folder>] [--lifeline stdin] [--token stdin]";

    /// <summary>Longer than any token a parent generates; a longer first line is refused rather than buffered.</summary>
    private const int MaxTokenLength = 512;

    /// <summary>The store file inside the data folder.</summary>
    public const string DatabaseFileName = "localdataverse.db";

    /// <summary>Held open, unshared, by the process serving the folder (an exclusive flock on Linux and macOS).</summary>
    public const string LockFileName = "localdataverse.lock";

    public const int FolderHeldExitCode = 3;

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

        await using var input = Console.OpenStandardInput();
        string? token = null;
        if (builder.Configuration["token"] is { } tokenSource)
        {
            token = tokenSource == "stdin" ? await ReadLineAsync(input) : null;
            if (string.IsNullOrWhiteSpace(token))
            {
                await Console.Error.WriteLineAsync($"serve: --token {tokenSource}: expected the bearer token as the first line of standard input (--token stdin), up to {MaxTokenLength} characters.");
                return 2;
            }
        }

        Directory.CreateDirectory(data);
        using var folderLock = TryHold(data);
        if (folderLock is null)
        {
            await Console.Error.WriteLineAsync($"The data folder {Path.GetFullPath(data)} is held by another LocalDataverse process; stop it or use another folder.");
            return FolderHeldExitCode;
        }

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
        if (token is not null)
        {
            options.Auth.Strict = true;
            options.Auth.Tokens[token] = options.CallerId ?? environment.AdministratorId;
        }

        builder.AddLocalDataverseWebApi(environment, options, port);
        var app = builder.Build();
        app.UseLocalDataverseWebApi();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"LocalDataverse Web API at {app.ServiceRoot()} (Ctrl+C to stop)"));
        if (builder.Configuration["lifeline"] == "stdin")
        {
            _ = StopWhenInputClosesAsync(input, app.Lifetime);
        }

        await app.RunAsync();
        return 0;
    }

    private static FileStream? TryHold(string data)
    {
        try
        {
            return new FileStream(Path.Combine(data, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Byte by byte, so nothing after the line is consumed from the lifeline that follows it on the same pipe.
    private static async Task<string?> ReadLineAsync(Stream input)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (await input.ReadAsync(one) == 1 && one[0] != (byte)'\n')
        {
            if (line.Count == MaxTokenLength)
            {
                return null;
            }

            line.Add(one[0]);
        }

        return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
    }

    private static async Task StopWhenInputClosesAsync(Stream input, IHostApplicationLifetime lifetime)
    {
        var buffer = new byte[256];
        while (await input.ReadAsync(buffer) > 0)
        {
        }

        lifetime.StopApplication();
    }
}
