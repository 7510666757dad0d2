using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// The queue as sources see it, keeping removed posts out: a post whose delete or hide came first (or that comes again
/// after it) is dropped before it is queued, so it never becomes a mention and never resurrects one. Every source
/// queues through here, whichever it is.
/// </summary>
public sealed class RemovalAwareInbox(IMentionInbox inner, IRemovalStore removals) : IMentionInbox
{
    public async Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken)
    {
        var removed = await removals.RemovedKeysAsync(mentions, cancellationToken);
        var kept = removed.Count == 0 ? mentions : mentions.Where(mention => !removed.Contains(mention.Key)).ToList();
        if (kept.Count > 0)
        {
            await inner.EnqueueAsync(kept, source, cancellationToken);
        }
    }

    public Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken) =>
        inner.DeadLetterRejectedAsync(source, payload, reason, cancellationToken);
}
