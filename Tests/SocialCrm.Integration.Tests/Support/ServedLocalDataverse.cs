using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Local;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// One LocalDataverse served as its own process with the solution this build packed (`serve`, as an admin runs it for
/// several workers), its data in a folder of the test's, on a port it binds itself and announces (--port 0: a port chosen
/// here and bound later could be taken meanwhile). Open to any caller (no --token); it dies with the test process
/// (--lifeline stdin). Reads go through its Web API, page by page.
/// </summary>
public sealed partial class ServedLocalDataverse : IDisposable
{
    private readonly Process process;
    private readonly HttpClient client;

    private ServedLocalDataverse(Process process, Uri serviceRoot)
    {
        this.process = process;
        Url = new Uri(serviceRoot, "/");
        client = new HttpClient { BaseAddress = serviceRoot, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The environment's address, as DataverseSink:Url takes it.</summary>
    public Uri Url { get; }

    public static async Task<ServedLocalDataverse> StartAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { BuildLayout.LocalDataverseHost, "serve", "--port", "0", "--data", folder, "--solution", BuildLayout.Solution, "--lifeline", "stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var answering = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Answers().Match(line) is { Success: true } answers)
            {
                answering.TrySetResult(new Uri(answers.Groups[1].Value.TrimEnd('/') + "/"));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.Add(e.Data ?? "");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(answering.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(3));
            return new ServedLocalDataverse(process, await answering.Task.WaitAsync(TimeSpan.Zero));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new AssertFailedException("LocalDataverse did not answer: " + string.Join('\n', output));
        }
    }

    /// <summary>Every row of an entity set with the selected columns, following @odata.nextLink.</summary>
    public async Task<List<JsonElement>> AllAsync(string entitySet, string select)
    {
        var rows = new List<JsonElement>();
        for (var next = $"{entitySet}?$select={select}"; next != null;)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next) { Headers = { { "Prefer", "odata.maxpagesize=5000" } } };
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            rows.AddRange(page.GetProperty("value").EnumerateArray());
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return rows;
    }

    public void Dispose()
    {
        client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    [GeneratedRegex(@"LocalDataverse Web API at (\S+?)\s")]
    private static partial Regex Answers();
}
