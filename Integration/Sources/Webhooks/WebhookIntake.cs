using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>
/// What Meta's and X's endpoints do with a delivery whose signature is good: queue the mentions that pass the edge
/// and dead-letter the ones that do not, with the edge's reason. A network cannot fix one bad item and would only
/// redeliver the whole delivery (and in the end switch the subscription off), so a refused item is kept for a person
/// to look at rather than refused to the sender. Both writes are durable before the endpoint answers 200.
/// </summary>
public sealed class WebhookIntake(MentionNormalizer normalizer, IMentionQueue queue)
{
    public async Task<int> AcceptAsync(string source, IReadOnlyList<SourcedInput> inputs, CancellationToken cancellationToken)
    {
        var accepted = new List<Mention>();
        foreach (var item in inputs)
        {
            var result = normalizer.Normalize(item.Input);
            if (result.Mention is { } mention)
            {
                accepted.Add(mention);
            }
            else
            {
                await queue.DeadLetterRejectedAsync(source, item.Raw, result.Reason, cancellationToken);
            }
        }

        if (accepted.Count > 0)
        {
            await queue.EnqueueAsync(accepted, source, cancellationToken);
        }

        return accepted.Count;
    }
}
