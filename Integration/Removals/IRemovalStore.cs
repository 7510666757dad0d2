using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// Removals received, kept for good as tombstones: a post that arrives after its delete (or again after it) never
/// becomes a mention. A removal is pending until Dataverse has its mention marked.
/// </summary>
public interface IRemovalStore
{
    /// <summary>Records removals durably before the source acknowledges them. A stronger reason replaces a weaker one
    /// (a hidden post later deleted becomes deleted) and makes the removal pending again.</summary>
    Task RecordAsync(IReadOnlyCollection<MentionRemoval> removals, string source, CancellationToken cancellationToken);

    /// <summary>Records which ids name later versions of a post, durably: a removal naming one removes the post, and one
    /// recorded before under a version's id is the post's too.</summary>
    Task RecordVersionsAsync(IReadOnlyCollection<PostVersions> versions, CancellationToken cancellationToken);

    /// <summary>The mentions of <paramref name="mentions"/> whose post has been removed.</summary>
    Task<IReadOnlySet<string>> RemovedKeysAsync(IReadOnlyCollection<Mention> mentions, CancellationToken cancellationToken);

    /// <summary>Pending removals whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<MentionRemoval>> DueAsync(int max, CancellationToken cancellationToken);

    /// <summary>The mention is marked: the removal stays only as a tombstone.</summary>
    Task AppliedAsync(MentionRemoval removal, CancellationToken cancellationToken);

    /// <summary>Its mention is not stored (yet): try again later, while its post may still be on its way.</summary>
    Task NotYetAsync(MentionRemoval removal, string reason, CancellationToken cancellationToken);

    /// <summary>Counts by state, for <c>status</c>.</summary>
    Task<RemovalCounts> CountsAsync(CancellationToken cancellationToken);
}
