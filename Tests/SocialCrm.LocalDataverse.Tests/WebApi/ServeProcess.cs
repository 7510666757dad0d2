using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// The command line as a user runs it, in a child process: <c>dotnet SocialCrm.LocalDataverse.dll serve …</c>, on port 0
/// so it picks a free one, read back from the service root it prints. Stopped with SIGINT, which is what Ctrl+C sends.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private const string Announcement = "LocalDataverse Web API at ";

    private readonly Process process;

    private ServeProcess(Process process, Uri serviceRoot)
    {
        this.process = process;
        ServiceRoot = serviceRoot;
    }

    public Uri ServiceRoot { get; }

    public int Id => process.Id;

    public static Task<ServeProcess> StartAsync(params string[] arguments) => StartProcessAsync(null, arguments);

    /// <summary>Starts it and writes <paramref name="firstInputLine"/> to its standard input, as a parent hands over a token.</summary>
    public static Task<ServeProcess> StartWithInputAsync(string firstInputLine, params string[] arguments) => StartProcessAsync(firstInputLine, arguments);

    private static async Task<ServeProcess> StartProcessAsync(string? firstInputLine, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SocialCrm.LocalDataverse.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        if (firstInputLine is not null)
        {
            await process.StandardInput.WriteLineAsync(firstInputLine);
            await process.StandardInput.FlushAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(Announcement, StringComparison.Ordinal);
            if (at >= 0)
            {
                var root = line[(at + Announcement.Length)..].Split(' ')[0];
                return new ServeProcess(process, new Uri(root));
            }
        }

        throw new InvalidOperationException("serve ended before printing its service root: " + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>Closes the write end of the process's standard input, as the operating system does when a parent dies.</summary>
    public void CloseInput() => process.StandardInput.Close();

    /// <summary>The exit code, once the process has ended by itself within <paramref name="patience"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>Sends Ctrl+C's signal and waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var signal = Process.Start("kill", new[] { "-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
