using System;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// A record's address, at://{repo}/{collection}/{rkey}, where the repo is a DID or handle
/// (https://atproto.com/specs/at-uri-scheme).
/// </summary>
public sealed record AtUri(string Repo, string Collection, string RecordKey)
{
    private const string Scheme = "at://";

    /// <summary>The parts of a record address, or null when <paramref name="value"/> is no record's address.</summary>
    public static AtUri? Parse(string? value)
    {
        if (value == null || !value.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[Scheme.Length..].Split('/');
        return parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0 && parts[2].Length > 0 ? new AtUri(parts[0], parts[1], parts[2]) : null;
    }
}
