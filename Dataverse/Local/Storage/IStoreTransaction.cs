using System;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// A store transaction. Disposing without <see cref="Commit"/> rolls it back. One at a time: requests that join a
/// transaction are the unit of work's business, not the store's.
/// </summary>
public interface IStoreTransaction : IDisposable
{
    void Commit();
}
