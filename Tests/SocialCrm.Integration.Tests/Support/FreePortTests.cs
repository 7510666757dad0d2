using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A port chosen free can be taken by another process before a test's server binds it: the start survives that.</summary>
[TestClass]
public sealed class FreePortTests
{
    [TestMethod]
    public async Task A_server_whose_port_was_taken_between_choice_and_bind_starts_on_another_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var takenPort = ((IPEndPoint)taken.LocalEndpoint).Port;
        var tried = new List<int>();

        await using var app = await FreePort.StartAsync(StartAnsweringAsync, () => tried.Count == 0 ? takenPort : FreePort.Next());

        Assert.AreEqual(2, tried.Count);
        Assert.AreEqual(takenPort, tried[0]);
        using var client = new HttpClient();
        Assert.AreEqual("up", await client.GetStringAsync($"http://127.0.0.1:{tried[1]}/"));

        async Task<WebApplication> StartAnsweringAsync(int port)
        {
            tried.Add(port);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var server = builder.Build();
            server.MapGet("/", () => "up");
            try
            {
                await server.StartAsync();
                return server;
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    [TestMethod]
    public async Task A_start_that_fails_for_another_reason_is_not_tried_again()
    {
        var tries = 0;

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => FreePort.StartAsync<int>(_ =>
        {
            tries++;
            throw new InvalidOperationException("The settings are wrong.");
        }));

        Assert.AreEqual(1, tries);
    }

    [TestMethod]
    public async Task A_start_gives_up_after_its_attempts_with_the_last_port_taken()
    {
        var tries = 0;

        await Assert.ThrowsExactlyAsync<PortTakenException>(() => FreePort.StartAsync<int>(port =>
        {
            tries++;
            throw new PortTakenException($"{port} is taken.");
        }));

        Assert.AreEqual(FreePort.Attempts, tries);
    }
}
