using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Queue;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources;

/// <summary>
/// What every source does with what it read from a network (a webhook delivery, a stream's event, a catch-up page):
/// record removals and edits, queue the mentions that pass the edge and dead-letter the ones that do not (or hold a
/// value that is not text), each with its reason. A network cannot fix one bad item and would only send it again, so a
/// refused item is kept for a person to look at rather than refused to the sender. Every write is durable when this
/// returns, so the source may then acknowledge (answer 200, move its cursor).
/// </summary>
public sealed class SourceIntake(MentionNormalizer normalizer, IMentionInbox queue, IRemovalStore removals, IEditStore edits, ILogger<SourceIntake> logger)
{
    /// <returns>How many mentions passed the edge and went to the inbox (which still keeps a removed post's out).</returns>
    public async Task<int> AcceptAsync(string source, IReadOnlyList<SourcedInput> inputs, CancellationToken cancellationToken)
    {
        var accepted = new List<Mention>();
        var removed = new List<MentionRemoval>();
        var edited = new List<MentionEdit>();
        var versions = new List<PostVersions>();
        var ignored = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var deadLettered = 0;
        foreach (var item in inputs)
        {
            if (item.Versions is { } chain)
            {
                versions.Add(chain);
            }

            if (item.Removal is { } removal)
            {
                removed.Add(removal);
                continue;
            }

            if (item.Ignored is { } kind)
            {
                ignored[kind] = ignored.GetValueOrDefault(kind) + 1;
                continue;
            }

            if (item.Edit is { } edit && Cleaned(edit) is var (cleaned, problem))
            {
                if (cleaned != null)
                {
                    edited.Add(cleaned);
                    continue;
                }

                await queue.DeadLetterRejectedAsync(source, item.Raw, problem!, cancellationToken);
                deadLettered++;
                continue;
            }

            var result = item.Input is { } input ? normalizer.Normalize(input) : null;
            if (result?.Mention is { } mention)
            {
                accepted.Add(mention);
            }
            else
            {
                await queue.DeadLetterRejectedAsync(source, item.Raw, result?.Reason ?? item.Unreadable!, cancellationToken);
                deadLettered++;
            }
        }

        // Versions first, so a delete naming a later version removes the original; then removals: a post and its delete
        // in one delivery leave a tombstone, never a mention.
        if (versions.Count > 0)
        {
            await removals.RecordVersionsAsync(versions, cancellationToken);
        }

        if (removed.Count > 0)
        {
            await removals.RecordAsync(removed, source, cancellationToken);
        }

        if (accepted.Count > 0)
        {
            await queue.EnqueueAsync(accepted, source, cancellationToken);
        }

        if (edited.Count > 0)
        {
            await edits.RecordEditsAsync(edited, source, cancellationToken);
        }

        // One line per delivery, so an operator sees what each network sent and what became of it.
        logger.LogInformation("{Source} delivery: {Accepted} queued, {Removals} removals, {Edits} edits, {DeadLettered} dead-lettered, ignored: {Ignored}.",
            source, accepted.Count, removed.Count, edited.Count, deadLettered,
            ignored.Count == 0 ? "none" : string.Join(", ", ignored.Select(pair => $"{pair.Key} {pair.Value}")));
        return accepted.Count;
    }

    /// <summary>The edit with its text cleaned as a mention's is, or why its text cannot be stored.</summary>
    private static (MentionEdit? Edit, string? Problem) Cleaned(MentionEdit edit)
    {
        var text = TextNormalizer.Text(edit.Text);
        return MentionRules.Text(text) is { } problem
            ? (null, $"{MentionFields.Text} ({MentionTable.Description}) {problem}.")
            : (edit with { Text = text }, null);
    }
}
