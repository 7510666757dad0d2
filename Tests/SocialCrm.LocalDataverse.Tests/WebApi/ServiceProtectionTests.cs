using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using SocialCrm.Dataverse.Local.WebApi.ServiceProtection;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>Service protection limits: off by default; when on, 429 with Retry-After and the documented codes.</summary>
[TestClass]
public sealed class ServiceProtectionTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public async Task Limits_are_off_unless_configured()
    {
        var options = new WebApiOptions { ServiceProtection = new ServiceProtectionOptions { MaxRequestsPerWindow = 1, MaxConcurrentRequests = 1 } };
        await using var host = await WebApiHost.StartAsync(options);

        for (var i = 0; i < 5; i++)
        {
            using var response = await host.GetAsync("test_profiles");
            Assert.AreEqual(200, (int)response.StatusCode);
        }
    }

    [TestMethod]
    public async Task Request_past_the_window_limit_answers_429_with_retry_after_until_the_oldest_leaves_the_window()
    {
        var clock = new FixedClock(Start);
        await using var host = await WebApiHost.StartAsync(Tables.Environment().WithClock(clock).Build(), Limits(requests: 3));
        for (var i = 0; i < 3; i++)
        {
            using var admitted = await host.GetAsync("test_profiles");
            Assert.AreEqual(200, (int)admitted.StatusCode);
            clock.UtcNow = clock.UtcNow.AddSeconds(40);
        }

        using var refused = await host.GetAsync("test_profiles");
        clock.UtcNow = Start.AddSeconds(300);
        using var later = await host.GetAsync("test_profiles");

        var (code, message) = await Json.ErrorAsync(refused, 429);
        Assert.AreEqual("0x80072322", code);
        Assert.AreEqual("Number of requests exceeded the limit of 3 over time window of 300 seconds.", message);
        Assert.AreEqual("180", refused.Headers.GetValues("Retry-After").Single(), "the first request leaves the window 300 s after it came, 120 s ago");
        Assert.AreEqual(200, (int)later.StatusCode);
        Assert.IsTrue(host.Log.Lines.Any(l => l.Contains("0x80072322", StringComparison.Ordinal) && l.Contains("3/3 requests", StringComparison.Ordinal)), "the counters are logged");
    }

    [TestMethod]
    public async Task Batch_counts_as_one_request()
    {
        await using var host = await WebApiHost.StartAsync(Tables.Environment().WithClock(new FixedClock(Start)).Build(), Limits(requests: 2));
        var batch = new BatchBody(host.ServiceRoot).Request("GET", "test_profiles").Request("GET", "test_profiles").Request("GET", "test_profiles");

        using var first = await host.Client.SendAsync(batch.ToRequest());
        using var second = await host.GetAsync("test_profiles");
        using var third = await host.GetAsync("test_profiles");

        Assert.AreEqual(200, (int)first.StatusCode);
        Assert.AreEqual(200, (int)second.StatusCode);
        Assert.AreEqual(429, (int)third.StatusCode);
    }

    [TestMethod]
    public async Task Request_past_the_concurrency_limit_answers_429_while_another_is_in_flight()
    {
        var dataverse = Tables.Environment().WithStep<BlockingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation).Build();
        await using var host = await WebApiHost.StartAsync(dataverse, Limits(concurrent: 1));

        var blocked = host.SendAsync(HttpMethod.Post, "test_profiles", """{"test_name":"block"}""");
        Assert.IsTrue(await BlockingPlugin.Entered.WaitAsync(TimeSpan.FromSeconds(30)), "the first request reached its plug-in");
        using var refused = await host.GetAsync("test_profiles");
        BlockingPlugin.Release.Release();
        using var finished = await blocked;
        using var after = await host.GetAsync("test_profiles");

        var (code, message) = await Json.ErrorAsync(refused, 429);
        Assert.AreEqual("0x80072326", code);
        Assert.AreEqual("Number of concurrent requests exceeded the limit of 1.", message);
        Assert.AreEqual("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.AreEqual(204, (int)finished.StatusCode);
        Assert.AreEqual(200, (int)after.StatusCode);
    }

    private static WebApiOptions Limits(int requests = 6000, int concurrent = 52) => new()
    {
        ServiceProtection = new ServiceProtectionOptions { Enabled = true, MaxRequestsPerWindow = requests, WindowSeconds = 300, MaxConcurrentRequests = concurrent },
    };
}
