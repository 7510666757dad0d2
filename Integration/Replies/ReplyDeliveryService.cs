using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// Polls Dataverse for replies waiting for delivery every PollInterval, or at once when the Dataverse webhook says a reply
/// was created (<see cref="ReplyWakeup"/>; polling is the fallback when the webhook is down or not set up), and sends
/// them with <see cref="ReplyDelivery"/>. Rounds never overlap, so a reply announced twice is still looked at by one round
/// at a time, and the outbox makes it leave once. A Dataverse or network outage (an error, a timeout, the resilience
/// handler's open circuit) ends the round; the next one picks up where it left off.
/// </summary>
public sealed class ReplyDeliveryService(
    ReplyDelivery delivery, ReplyOutbox outbox, ReplyWakeup wakeup, IOptions<ReplyOptions> options, TimeProvider clock, ILogger<ReplyDeliveryService> logger)
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
            catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException
                || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                logger.LogWarning("Reply delivery paused until the next round: {Reason}", e.Message);
            }

            await wakeup.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}
