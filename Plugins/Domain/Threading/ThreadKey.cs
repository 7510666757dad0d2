using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// An external id on one network: a post (platform + external post id) or a thread (platform + external thread id).
/// Ids compare case-insensitively, as Dataverse's alternate keys do under its default case-insensitive collation, so
/// that what the store finds and what the batch names agree.
/// </summary>
public sealed class ThreadKey : IEquatable<ThreadKey>
{
    public ThreadKey(SocialPlatform platform, string id)
    {
        Platform = platform;
        Id = id ?? throw new ArgumentNullException(nameof(id));
    }

    public SocialPlatform Platform { get; }

    public string Id { get; }

    public bool Equals(ThreadKey? other) =>
        other != null && other.Platform == Platform && string.Equals(other.Id, Id, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as ThreadKey);

    public override int GetHashCode() =>
        unchecked(((int)Platform * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(Id));

    public override string ToString() => Platform + " " + Id;
}
