using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// The command line as a user runs it, in a child process: <c>dotnet SocialCrm.LocalDataverse.dll serve …</c>, on port 0
/// so it picks a free one, read back from the service root it prints. Stopped with SIGINT, which is what Ctrl+C sends.
/// It starts through GNU env with SIGINT's default disposition: a test run started in the background of a
/// non-interactive shell ignores SIGINT, children inherit that, and .NET leaves an inherited SIG_IGN alone, so Ctrl+C's
/// signal never reached serve. Its output is read to the end, so a full pipe never holds it up; starting and stopping
/// get minutes, which only a broken test spends (a loaded 2-core machine took 47 s for what takes 3).
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private const string Announcement = "LocalDataverse Web API at ";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

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
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SocialCrm.LocalDataverse.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        if (firstInputLine is not null)
        {
            await process.StandardInput.WriteLineAsync(firstInputLine);
            await process.StandardInput.FlushAsync();
        }

        using var timeout = new CancellationTokenSource(Patience);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(Announcement, StringComparison.Ordinal);
            if (at >= 0)
            {
                var root = line[(at + Announcement.Length)..].Split(' ')[0];
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServeProcess(process, new Uri(root));
            }
        }

        throw new InvalidOperationException("serve ended before printing its service root: " + await errors);
    }

    /// <summary>Closes the write end of the process's standard input, as the operating system does when a parent dies.</summary>
    public void CloseInput() => process.StandardInput.Close();

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
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

        using var timeout = new CancellationTokenSource(Patience);
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
