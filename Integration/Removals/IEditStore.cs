using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Edits received, newest per post, until Dataverse has them. Kept beside the removals, so an edit of a removed post is
/// dropped rather than bringing its erased text back.
/// </summary>
public interface IEditStore
{
    /// <summary>Records edits durably before the source acknowledges them; an edit not newer than the one recorded for
    /// its post is left out. An edit of a post visible again takes away its "No longer visible" removal (never a
    /// delete) and is recorded whatever its time, so its mention reopens with that text.</summary>
    Task RecordEditsAsync(IReadOnlyCollection<MentionEdit> edits, string source, CancellationToken cancellationToken);

    /// <summary>Edits whose next attempt is due, oldest first; edits of removed posts are dropped on the way.</summary>
    Task<IReadOnlyList<MentionEdit>> DueEditsAsync(int max, CancellationToken cancellationToken);

    /// <summary>The mention has the edit's text (a newer edit recorded meanwhile stays due).</summary>
    Task EditAppliedAsync(MentionEdit edit, CancellationToken cancellationToken);

    /// <summary>Its mention is not stored (yet): try again later, within the removals' pending window.</summary>
    Task EditNotYetAsync(MentionEdit edit, string reason, CancellationToken cancellationToken);
}
