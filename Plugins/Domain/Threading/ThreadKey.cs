using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// An external id on one network: a post (platform + external post id) or a thread (platform + external thread id).
/// Ids compare ordinally, case included: networks' ids are case-sensitive (a YouTube video id, a Messenger mid), so
/// two posts whose ids differ only in case are two posts. The store's queries, under Dataverse's case-insensitive
/// collation, may hand back both; the exact id picks the right one.
/// </summary>
public sealed class ThreadKey : IEquatable<ThreadKey>
{
    private readonly int _hashCode;

    public ThreadKey(SocialPlatform platform, string id)
    {
        Platform = platform;
        Id = id ?? throw new ArgumentNullException(nameof(id));

        // Worked out once: threading looks each key up several times.
        _hashCode = unchecked(((int)platform * 397) ^ StringComparer.Ordinal.GetHashCode(id));
    }

    public SocialPlatform Platform { get; }

    public string Id { get; }

    public bool Equals(ThreadKey? other) =>
        other != null && other.Platform == Platform && string.Equals(other.Id, Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ThreadKey);

    public override int GetHashCode() => _hashCode;

    public override string ToString() => Platform + " " + Id;
}
