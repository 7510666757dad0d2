using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// The dead letters, for a person (`socialcrm deadletter`): read them, send them back through the sink, or delete them.
/// </summary>
public interface IDeadLetters
{
    /// <summary>The latest <paramref name="max"/> dead letters, newest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken);

    Task<DeadLetter?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the mention of one dead letter (or of all, when <paramref name="id"/> is null) back in the queue with a fresh
    /// attempt count and removes the letter; the sink writes it as any other message. A letter refused at the edge holds
    /// what its source sent, not a mention, and stays; so does nothing else.
    /// </summary>
    Task<DeadLetterReplay> ReplayAsync(long? id, CancellationToken cancellationToken);

    /// <summary>Deletes one dead letter (or all, when <paramref name="id"/> is null); returns how many.</summary>
    Task<int> PurgeAsync(long? id, CancellationToken cancellationToken);
}
