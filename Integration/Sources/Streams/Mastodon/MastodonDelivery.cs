using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SocialCrm.Integration.Removals;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Streams.Mastodon;

/// <summary>
/// Hands what the Mastodon stream read to the intake, then remembers in streams.db what the next looks need: the
/// statuses taken and their last edit (re-read after a reconnect), the ones no longer visible (looked for again by
/// <see cref="MastodonVisibilityRecheck"/>), and forgets a status its author deleted everywhere: a delete is final.
/// </summary>
public sealed class MastodonDelivery(SourceIntake intake, StreamStateStore cursors, IOptions<MastodonStreamOptions> options, TimeProvider clock)
{
    public async Task DeliverAsync(List<SourcedInput> inputs, CancellationToken cancellationToken)
    {
        const string Source = MastodonStreamingService.Source;
        await intake.AcceptAsync(Source, inputs, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var item in inputs)
        {
            if (item.Removal is { } removal)
            {
                if (removal.Status == MentionStatus.NoLongerVisible && options.Value.VisibilityRecheckDays > 0)
                {
                    await cursors.ForgetRecentAsync(Source, removal.ExternalPostId, cancellationToken);
                    await cursors.HiddenAsync(Source, removal.ExternalPostId, now, now + options.Value.VisibilityRecheckDelay, cancellationToken);
                }
                else
                {
                    // Hidden first: a look for it running meanwhile takes it back as recent only while it is hidden
                    // (DeliverVisibleAgainAsync), so whatever the order, a deleted status is not re-read.
                    await cursors.ForgetHiddenAsync(Source, removal.ExternalPostId, cancellationToken);
                    await cursors.ForgetRecentAsync(Source, removal.ExternalPostId, cancellationToken);
                }
            }
            else if (item.Input?.ExternalPostId is { } taken)
            {
                await cursors.TookRecentlyAsync(Source, taken, now, editedAt: null, cancellationToken);
            }
            else if (item.Edit is { } edit)
            {
                if (edit.VisibleAgain)
                {
                    await cursors.ForgetHiddenAsync(Source, edit.ExternalPostId, cancellationToken);
                }

                await cursors.TookRecentlyAsync(Source, edit.ExternalPostId, now, edit.EditedAt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Hands the statuses <see cref="MastodonVisibilityRecheck"/> found answered again to the intake, which reopens their
    /// mentions (or keeps one its author deleted gone), then takes back as recent only those still hidden: the look runs
    /// beside the stream, whose streamed delete may have forgotten one meanwhile.
    /// </summary>
    public async Task DeliverVisibleAgainAsync(List<SourcedInput> visible, CancellationToken cancellationToken)
    {
        const string Source = MastodonStreamingService.Source;
        await intake.AcceptAsync(Source, visible, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var edit in visible.Select(item => item.Edit).OfType<MentionEdit>())
        {
            await cursors.VisibleAgainAsync(Source, edit.ExternalPostId, now, edit.EditedAt, cancellationToken);
        }
    }
}
