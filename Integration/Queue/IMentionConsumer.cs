using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The queue as the sink sees it: receive, then settle every received message once (complete, abandon or dead-letter).
/// A received message is invisible to every other consumer until it is settled or its holder dies; the consumer keeps
/// it held while its process lives, so a slow write is never taken over by another worker. When and how often to try
/// again is the sink's policy, not the queue's.
/// </summary>
public interface IMentionConsumer
{
    /// <summary>Up to <paramref name="max"/> messages that are due, oldest first, each with the delivery it is (1 for the first).</summary>
    Task<IReadOnlyList<QueuedMention>> ReceiveAsync(int max, CancellationToken cancellationToken);

    /// <summary>Removes messages that landed. A message this consumer no longer holds is left alone.</summary>
    Task CompleteAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken);

    /// <summary>Offers the messages again after <paramref name="delay"/>, remembering <paramref name="error"/>.</summary>
    Task AbandonAsync(IReadOnlyCollection<QueuedMention> messages, TimeSpan delay, string error, CancellationToken cancellationToken);

    /// <summary>Moves a message to the dead letters with the reason it cannot land.</summary>
    Task DeadLetterAsync(QueuedMention message, string reason, CancellationToken cancellationToken);
}
