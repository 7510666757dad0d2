using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.EndToEnd.Tests.Host;

/// <summary>
/// The LocalDataverse host as the worker's local default runs it: a separate process whose folder holds no SocialCrm
/// plug-in assembly, serving the managed zip. A mention posted to its Web API comes back scored and threaded, so the
/// net462 plug-in assembly embedded in the zip is what ran.
/// </summary>
[TestClass]
public sealed class EmbeddedPluginsRunInTheServedHostTests
{
    private const string Announcement = "LocalDataverse Web API at ";

    [TestMethod]
    public async Task A_mention_posted_to_the_served_zip_is_scored_and_threaded_by_the_embedded_plug_ins()
    {
        var hostDir = Path.Combine(BuiltAssemblies.RepoRoot, "Dataverse", "Local", "bin", BuiltAssemblies.Configuration, "net10.0");
        Assert.IsFalse(File.Exists(Path.Combine(hostDir, "SocialCrm.Plugins.dll")), "the host folder must not carry its own copy of the plug-ins");
        var data = Directory.CreateTempSubdirectory("socialcrm-served-").FullName;
        using var host = Start(Path.Combine(hostDir, "SocialCrm.LocalDataverse.dll"), "serve", "--port", "0", "--data", data, "--solution", SolutionZips.Managed);
        try
        {
            var root = await ServiceRootAsync(host);
            using var http = new HttpClient { BaseAddress = new Uri(root.TrimEnd('/') + "/") };
            var mention = new
            {
                scrm_platform = 746500000,
                scrm_externalpostid = "served-1",
                description = "Absolutely love the new app, great job!",
                scrm_direction = 746500000,
                scrm_authorexternalid = "u-served",
                scrm_authorhandle = "@Served_Fan",
                scrm_postedon = DateTime.UtcNow.AddMinutes(-1).ToString("o"),
            };

            using var created = await http.PostAsync("scrm_mentions", new StringContent(JsonSerializer.Serialize(mention), Encoding.UTF8, "application/json"));
            Assert.AreEqual(204, (int)created.StatusCode, await created.Content.ReadAsStringAsync());

            using var read = JsonDocument.Parse(await http.GetStringAsync("scrm_mentions?$select=subject,scrm_sentimentlabel,_regardingobjectid_value,_scrm_authorprofileid_value"));
            var row = read.RootElement.GetProperty("value").EnumerateArray().Single();
            Assert.AreEqual(746500000, row.GetProperty("scrm_sentimentlabel").GetInt32(), "labelled positive by the plug-in");
            Assert.AreEqual(JsonValueKind.String, row.GetProperty("_regardingobjectid_value").ValueKind, "threaded into a conversation");
            using var profiles = JsonDocument.Parse(await http.GetStringAsync("scrm_socialprofiles?$select=scrm_handle"));
            Assert.AreEqual("served_fan", profiles.RootElement.GetProperty("value")[0].GetProperty("scrm_handle").GetString());
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static Process Start(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }

    private static async Task<string> ServiceRootAsync(Process host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(Announcement, StringComparison.Ordinal);
            if (at >= 0)
            {
                return line[(at + Announcement.Length)..].Split(' ')[0];
            }
        }
        throw new InvalidOperationException("serve ended before printing its service root: " + await host.StandardError.ReadToEndAsync());
    }
}
