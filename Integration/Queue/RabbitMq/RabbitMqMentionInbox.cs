using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue.RabbitMq;

/// <summary>
/// The sources' side of the broker: each mention to its author's partition, returning once the broker confirmed them all,
/// so a source acknowledges its network only for mentions the broker has on disk. Unlike the SQLite queue it does not
/// coalesce a post already waiting; the sink's upsert by alternate key writes it once.
/// </summary>
public sealed class RabbitMqMentionInbox(RabbitMqConnection broker) : IMentionInbox
{
    public Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken) =>
        broker.PublishAsync(mentions.Select(mention => broker.Messages.Mention(mention, source, attempt: 1, error: null)).ToList(), cancellationToken);

    public Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken) =>
        broker.PublishAsync([broker.Messages.Letter("", source, payload, 0, reason)], cancellationToken);
}
