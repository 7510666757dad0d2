using System;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// A store transaction. Disposing without <see cref="Commit"/> rolls it back; a joined (nested) transaction commits
/// nothing itself and rolls the whole transaction back when disposed uncommitted.
/// </summary>
public interface IStoreTransaction : IDisposable
{
    /// <summary>Whether this handle started the transaction (false when it joined one).</summary>
    bool IsOutermost { get; }

    void Commit();
}
