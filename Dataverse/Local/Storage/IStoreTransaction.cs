using System;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// A store transaction. Disposing without <see cref="Commit"/> rolls it back; a joined (nested) transaction commits
/// nothing itself and rolls the whole transaction back when disposed uncommitted.
/// </summary>
public interface IStoreTransaction : IDisposable
{
    void Commit();
}
