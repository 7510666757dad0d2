using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using RabbitMQ.Client;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>
/// The test broker reads its ports from its configuration before it binds them: one taken meanwhile by another process
/// (on CI, another test's server) must not fail the tests that need a broker.
/// </summary>
[TestClass]
public sealed class RabbitMqBrokerTests
{
    [TestMethod]
    [DataRow(0, DisplayName = "its AMQP port, by a server that accepts connections")]
    [DataRow(2, DisplayName = "its Erlang port mapper's port")]
    public async Task A_broker_whose_port_was_taken_before_it_bound_it_starts_on_other_ports(int which)
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var takenPort = ((IPEndPoint)taken.LocalEndpoint).Port;
        var chosen = 0;

        await using var broker = await RabbitMqBroker.StartAsync(() => chosen++ == which ? takenPort : FreePort.Next());

        Assert.IsTrue(chosen > 4, "the first ports were given up");
        Assert.AreNotEqual(takenPort, broker.Uri.Port);
        await using var connection = await new ConnectionFactory { Uri = broker.Uri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
        Assert.IsTrue(connection.IsOpen);
    }
}
