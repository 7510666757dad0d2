using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Polls Dataverse for replies waiting for delivery every PollInterval (the only path against LocalDataverse, and the
/// fallback when a webhook is down) and sends them with <see cref="ReplyDelivery"/>. A Dataverse or network outage
/// ends the round; the next one picks up where it left off.
/// </summary>
public sealed class ReplyDeliveryService(ReplyDelivery delivery, ReplyOutbox outbox, IOptions<ReplyOptions> options, TimeProvider clock, ILogger<ReplyDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A worker starting again has been given credentials to try: the accounts the last run stopped are tried afresh.
        await outbox.ForgetStoppedAccountsAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await delivery.DeliverOnceAsync(stoppingToken);
            }
            catch (HttpRequestException e)
            {
                logger.LogWarning("Reply delivery paused until the next round: {Reason}", e.Message);
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}
