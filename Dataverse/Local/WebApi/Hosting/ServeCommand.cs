using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SocialCrm.Dataverse.Local.WebApi.Hosting;

/// <summary>
/// <c>serve --port 5555 --data &lt;folder&gt; [--solution &lt;zip|folder&gt;] [--lifeline stdin] [--token stdin]</c>: serves an environment
/// whose data lives in the folder (so it survives restarts) until Ctrl+C, and prints its service root. A solution zip's
/// configuration data package (&lt;stem&gt;_data.zip beside it: the seed escalation rules) is imported with it. One process holds
/// a data folder at a time: a second serve of the same folder exits 3 before it opens the store. A port in use is said in
/// one line, exit code 1. With
/// <c>--lifeline stdin</c> it also stops when its standard input closes, which the operating system does when the
/// parent that started it dies, even by SIGKILL, so a child never outlives its worker. With <c>--token stdin</c> the
/// first line of its standard input is the one bearer token it accepts (strict mode, as the caller the options name):
/// handed over a pipe, the token shows neither in the command line nor in the environment, and a request without it is
/// answered 401 as Dataverse answers one without a valid access token
/// (https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth). With
/// <c>--service-endpoints stdin</c> each later line <c>name&lt;TAB&gt;url&lt;TAB&gt;key</c> sets that webhook service
/// endpoint's URL and key as an admin updates its serviceendpoint row, so the key never shows in a command line. The WebApi section of the
/// configuration (appsettings.json, WebApi__* variables, --WebApi:Key=value) sets the options.
/// </summary>
public static class ServeCommand
{
    public const string Usage = "usage: serve --port <port> --data <folder> [--solution <zip|folder>] [--lifeline stdin] [--token stdin] [--service-endpoints stdin]";

    /// <summary>Longer than any token a parent generates or endpoint line it writes; a longer line is refused rather than buffered.</summary>
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
            if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
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
        var lifeline = builder.Configuration["lifeline"] == "stdin";
        var endpoints = builder.Configuration["service-endpoints"] == "stdin";
        if (lifeline || endpoints)
        {
            _ = ReadInputAsync(input, endpoints ? environment : null, lifeline ? app.Lifetime : null);
        }

        try
        {
            await app.RunAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            // The port is the operator's (or parent's) choice, not a crash: one line naming the address, not a stack trace.
            await Console.Error.WriteLineAsync($"serve: --port {port}: {e.Message}");
            return 1;
        }

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

    // Byte by byte, so nothing after the line is consumed from the lifeline that follows it on the same pipe. Null at the
    // end of the input; a line past MaxTokenLength is read to its end and returned one character too long.
    private static async Task<string?> ReadLineAsync(Stream input)
    {
        var line = new List<byte>();
        var one = new byte[1];
        var read = false;
        while (await input.ReadAsync(one) == 1)
        {
            read = true;
            if (one[0] == (byte)'\n')
            {
                break;
            }

            if (line.Count <= MaxTokenLength)
            {
                line.Add(one[0]);
            }
        }

        return read ? Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r') : null;
    }

    private static async Task ReadInputAsync(Stream input, LocalDataverse? endpoints, IHostApplicationLifetime? lifetime)
    {
        while (await ReadLineAsync(input) is { } line)
        {
            if (endpoints is not null && line.Length > 0)
            {
                SetServiceEndpoint(endpoints, line);
            }
        }

        lifetime?.StopApplication();
    }

    private static void SetServiceEndpoint(LocalDataverse environment, string line)
    {
        var parts = line.Split('\t');
        try
        {
            if (line.Length > MaxTokenLength || parts.Length != 3 || !Uri.TryCreate(parts[1], UriKind.Absolute, out var url))
            {
                throw new ArgumentException($"expected name<TAB>absolute url<TAB>key, up to {MaxTokenLength} characters");
            }

            environment.SetServiceEndpoint(parts[0], url, parts[2]);
            Console.WriteLine($"Service endpoint {parts[0]} posts to {url}");
        }
        catch (ArgumentException e)
        {
            // The key is never echoed: only the line's first field, the endpoint's name.
            Console.Error.WriteLine($"serve: --service-endpoints stdin: the line for '{parts[0]}' was refused: {e.Message}");
        }
    }
}
