using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The durable queue between sources and the sink. A source acknowledges its sender only after
/// <see cref="EnqueueAsync"/> returned: by then the mentions are on disk. The sink leases, then acknowledges what
/// landed, retries what failed for a passing reason and dead-letters what the server refused.
/// </summary>
public interface IMentionQueue
{
    /// <summary>Stores the mentions durably in one transaction. A mention whose key is already waiting (not leased)
    /// replaces that message instead of adding one, so a redelivered post is written once.</summary>
    Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="max"/> messages that are due, oldest first, counting one more attempt on each.</summary>
    Task<IReadOnlyList<QueuedMention>> LeaseAsync(int max, CancellationToken cancellationToken);

    /// <summary>Removes messages that landed. A message whose lease was lost (expired and taken again) is left alone.</summary>
    Task AcknowledgeAsync(IReadOnlyCollection<QueuedMention> messages, CancellationToken cancellationToken);

    /// <summary>Offers a message again after a growing delay, or dead-letters it with <paramref name="error"/> once its attempts are spent.</summary>
    Task RetryLaterAsync(QueuedMention message, string error, CancellationToken cancellationToken);

    /// <summary>Moves a message to the dead letters with the reason it cannot land.</summary>
    Task DeadLetterAsync(QueuedMention message, string reason, CancellationToken cancellationToken);

    /// <summary>Records what a source received but could not turn into a mention, so nothing received vanishes.</summary>
    Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken);

    /// <summary>Makes every leased message available again: a worker starting up owns no lease of an earlier run.</summary>
    Task ReleaseAllLeasesAsync(CancellationToken cancellationToken);

    Task<QueueStatus> StatusAsync(int recentDeadLetters, CancellationToken cancellationToken);
}
