using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Removals;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>
/// Hands what a feed said (polled, or pushed through WebSub) to the intake so that each entry becomes its mention once
/// and each change of it one edit: an entry not delivered before is a mention; one whose text now differs from what was
/// delivered (a new title or media:description, or an &lt;updated&gt; that brought new text) is an edit of its mention,
/// the path every network's edits take; the same entry again, or one older than what was delivered, is nothing. A
/// YouTube push carries no description, so the one delivered before stands. One delivery at a time, so a push and a
/// poll of the same video never both take it as new.
/// </summary>
public sealed class FeedEntryDelivery(FeedStateStore state, SourceIntake intake, TimeProvider clock)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <param name="source">The source the intake logs and dead-letters under.</param>
    /// <param name="origin">The feed's or the topic's address, naming an entry in a dead letter.</param>
    /// <param name="takenBefore">Ids of entries a worker took before it recorded what it delivered (the poller's older
    /// list): what they say now is taken as delivered.</param>
    /// <returns>How many new entries were queued.</returns>
    public async Task<int> DeliverAsync(string source, Uri origin, FeedContent content, IReadOnlySet<string> takenBefore, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var entries = content.Entries.DistinctBy(entry => entry.Key).ToList();
            var delivered = await state.DeliveredAsync(entries.Select(entry => entry.Key), cancellationToken);
            var inputs = content.Removals.Select(removal => new SourcedInput(null, $"{origin} deleted {removal.ExternalPostId}", Removal: removal)).ToList();
            var record = new List<DeliveredEntry>();
            foreach (var entry in entries)
            {
                var raw = $"{origin} {entry.Id}";
                if (!delivered.TryGetValue(entry.Key, out var known))
                {
                    record.Add(new DeliveredEntry(entry.Key, entry.Version, null));
                    if (!takenBefore.Contains(entry.Id))
                    {
                        inputs.Add(new SourcedInput(entry.Input, raw));
                    }
                }
                else if (Change(entry, known) is { } change)
                {
                    if (change.Edit != null)
                    {
                        inputs.Add(new SourcedInput(null, raw, Edit: change.Edit));
                    }

                    record.Add(change.Delivered);
                }
            }

            var queued = inputs.Count == 0 ? 0 : await intake.AcceptAsync(source, inputs, cancellationToken);
            await state.RecordDeliveredAsync(record, cancellationToken);
            return queued;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// What <paramref name="entry"/> changes of what was delivered: nothing (null) when it is older or the same; a newer
    /// &lt;updated&gt; with the same text is only remembered (so a late, older notification is known as such); a new text
    /// is an edit, dated by its &lt;updated&gt; (else when it was read) and always after the edit before it, since a push
    /// and the poll after it carry the same &lt;updated&gt; while only the poll brings the description.
    /// </summary>
    private (MentionEdit? Edit, DeliveredEntry Delivered)? Change(FeedEntry entry, DeliveredEntry known)
    {
        if (entry.Version.IsOlderThan(known.Version))
        {
            return null;
        }

        var now = entry.Version.After(known.Version);
        if (string.Equals(now.Text, known.Version.Text, StringComparison.Ordinal))
        {
            return now.Updated > known.Version.Updated ? (null, known with { Version = now }) : null;
        }

        var editedAt = now.Updated ?? clock.GetUtcNow();
        if (known.EditedAt is { } before && editedAt <= before)
        {
            editedAt = before.AddMilliseconds(1);
        }

        return (new MentionEdit(entry.Platform, entry.Input.ExternalPostId!, now.Text, editedAt), new DeliveredEntry(entry.Key, now, editedAt));
    }
}
