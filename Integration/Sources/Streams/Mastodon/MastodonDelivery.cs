using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
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
                await cursors.ForgetRecentAsync(Source, removal.ExternalPostId, cancellationToken);
                if (removal.Status == MentionStatus.NoLongerVisible && options.Value.VisibilityRecheckDays > 0)
                {
                    await cursors.HiddenAsync(Source, removal.ExternalPostId, now, now + options.Value.VisibilityRecheckDelay, cancellationToken);
                }
                else
                {
                    await cursors.ForgetHiddenAsync(Source, removal.ExternalPostId, cancellationToken);
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
}
