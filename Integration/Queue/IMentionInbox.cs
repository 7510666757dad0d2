using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The queue as a source sees it. A source acknowledges its sender only after <see cref="EnqueueAsync"/> returned: by
/// then the mentions are durable (on disk, or confirmed by the broker).
/// </summary>
public interface IMentionInbox
{
    /// <summary>Stores the mentions durably. A queue may coalesce a mention whose post is already waiting, so a
    /// redelivered post is written once.</summary>
    Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken);

    /// <summary>Records what a source received but could not turn into a mention, so nothing received vanishes.</summary>
    Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken);
}
