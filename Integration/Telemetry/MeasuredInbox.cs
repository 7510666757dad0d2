using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Telemetry;

/// <summary>The inbox every source writes to, counting what each source offers and what it had to refuse, with a span
/// for each write (under the span of the webhook request or poll that brought the mentions).</summary>
public sealed class MeasuredInbox(IMentionInbox inner, WorkerMetrics metrics) : IMentionInbox
{
    public async Task EnqueueAsync(IReadOnlyCollection<Mention> mentions, string source, CancellationToken cancellationToken)
    {
        using var span = WorkerMetrics.Activities.StartActivity("queue mentions");
        span?.SetTag("socialcrm.source", source);
        span?.SetTag("socialcrm.mentions", mentions.Count);
        await inner.EnqueueAsync(mentions, source, cancellationToken);
        metrics.Received(source, mentions.Count);
    }

    public async Task DeadLetterRejectedAsync(string source, string payload, string reason, CancellationToken cancellationToken)
    {
        await inner.DeadLetterRejectedAsync(source, payload, reason, cancellationToken);
        metrics.Rejected(source);
    }
}
