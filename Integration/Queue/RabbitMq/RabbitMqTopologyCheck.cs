using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// Declares the broker's topology when the worker starts, so a worker configured with another partition count or queue
/// type than the broker's queues refuses to start with both values named, before its sink reads or its sources write.
/// A broker that cannot be reached yet does not stop the start: the consumer keeps trying, and health says why.
/// </summary>
public sealed class RabbitMqTopologyCheck(RabbitMqConnection broker, ILogger<RabbitMqTopologyCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await broker.ConnectNowAsync(cancellationToken);
        }
        catch (BrokerUnreachableException e)
        {
            logger.LogWarning("The broker cannot be reached at start; its topology is checked on first use: {Message}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
