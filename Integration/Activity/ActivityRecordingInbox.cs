using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Activity;

/// <summary>The inbox every source writes to, adding to each source's totals for `status` once the queue has the mentions.</summary>
public sealed class ActivityRecordingInbox(IMentionInbox inner, SqliteSourceActivity activity) : IMentionInbox
{
    public async Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken)
    {
        await inner.EnqueueAsync(mentions, source, cancellationToken);
        await activity.RecordReceivedAsync(source, mentions.Count, 0, cancellationToken);
    }

    public async Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken)
    {
        await inner.DeadLetterRejectedAsync(source, payload, reason, cancellationToken);
        await activity.RecordReceivedAsync(source, 0, 1, cancellationToken);
    }
}
