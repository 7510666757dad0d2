using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The dead-letter queue for `socialcrm deadletter`. A queue cannot be browsed, so a look takes every letter without
/// acknowledging it, reads what it needs, acknowledges what it removes, and closes its channel: the broker puts the rest
/// back in the queue (https://www.rabbitmq.com/docs/confirms#consumer-acks-requeue). A replayed mention is published to
/// its partition with a fresh attempt count and confirmed before its letter is removed.
/// </summary>
public sealed class RabbitMqDeadLetters(RabbitMqConnection broker) : IDeadLetters
{
    public Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken) =>
        BrowseAsync<IReadOnlyList<DeadLetter>>((_, letters) =>
            Task.FromResult<IReadOnlyList<DeadLetter>>(letters.Select(l => l.Letter).OrderByDescending(l => l.DeadLetteredOn).Take(max).ToList()), cancellationToken);

    public Task<DeadLetter?> FindAsync(long id, CancellationToken cancellationToken) =>
        BrowseAsync((_, letters) => Task.FromResult(letters.Select(l => l.Letter).FirstOrDefault(l => l.Id == id)), cancellationToken);

    public Task<DeadLetterReplay> ReplayAsync(long? id, CancellationToken cancellationToken) =>
        BrowseAsync(async (channel, letters) =>
        {
            var selected = letters.Where(l => id == null || l.Letter.Id == id).ToList();
            var mentions = selected.Where(l => l.Letter.Key.Length > 0).ToList();
            await broker.PublishAsync(mentions.Select(l => broker.Messages.Mention(MentionJson.Deserialize(l.Letter.Payload), l.Letter.Source, 1, null)).ToList(),
                cancellationToken);
            foreach (var (tag, _) in mentions)
            {
                await channel.BasicAckAsync(tag, multiple: false, cancellationToken);
            }

            return new DeadLetterReplay(mentions.Count, selected.Count - mentions.Count);
        }, cancellationToken);

    public async Task<int> PurgeAsync(long? id, CancellationToken cancellationToken)
    {
        if (id == null)
        {
            await using var channel = await broker.OpenChannelAsync(cancellationToken);
            return (int)await channel.QueuePurgeAsync(broker.Topology.DeadLetterQueue, cancellationToken);
        }

        return await BrowseAsync(async (channel, letters) =>
        {
            var purged = letters.Where(l => l.Letter.Id == id).ToList();
            foreach (var (tag, _) in purged)
            {
                await channel.BasicAckAsync(tag, multiple: false, cancellationToken);
            }

            return purged.Count;
        }, cancellationToken);
    }

    /// <summary>How many letters wait; held letters (another look in progress) are not counted.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var channel = await broker.OpenChannelAsync(cancellationToken);
        return (int)await channel.MessageCountAsync(broker.Topology.DeadLetterQueue, cancellationToken);
    }

    private async Task<T> BrowseAsync<T>(Func<IChannel, IReadOnlyList<(ulong Tag, DeadLetter Letter)>, Task<T>> look, CancellationToken cancellationToken)
    {
        await using var channel = await broker.OpenChannelAsync(cancellationToken);
        var letters = new List<(ulong, DeadLetter)>();
        while (await channel.BasicGetAsync(broker.Topology.DeadLetterQueue, autoAck: false, cancellationToken) is { } got)
        {
            letters.Add((got.DeliveryTag, BrokerMessages.ReadLetter(got.BasicProperties, got.Body)));
        }

        var result = await look(channel, letters);
        await channel.CloseAsync(cancellationToken);
        return result;
    }
}
