using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// Post ids as Dataverse keys. Dataverse compares text case-insensitively (every language's collation is _CI: "Cafe" and
/// "cafe" are the same value, https://learn.microsoft.com/power-platform/admin/language-collations), alternate keys
/// included, so two ids that differ only in case are one record. One rule, by network:
/// <list type="bullet">
/// <item>X, LinkedIn and Mastodon ids are numbers (or URNs around one): case never tells two posts apart, so the worker's
/// key folds case exactly as Dataverse does and the ids are written as the network sent them.</item>
/// <item>Every other network's ids are case-sensitive: YouTube ids (video and comment ids are base64url), feed entry ids
/// (an Atom id is compared character by character, https://www.rfc-editor.org/rfc/rfc4287#section-4.2.6.1), Bluesky
/// record keys, Messenger and Instagram message ids (opaque strings such as "m_AG5Hz2…", beside Facebook's and
/// Instagram's numeric post and comment ids, which have no letters to escape) and ids from other sources. In Dataverse
/// they are written with each capital A–Z as '^' and its small letter and '^' as "^^", a form that differs in more than
/// case whenever the ids differ at all. <see cref="FromDataverse"/> gives the network's id
/// back (for a reply to it), except for an id written as its digest because its written form outgrew the column.</item>
/// </list>
/// The same form goes into the post, thread and in-reply-to columns, so threading still finds a post's parent.
/// </summary>
public static class PostIds
{
    private const char Escape = '^';

    public static bool IsCaseSensitive(SocialPlatform platform) =>
        platform is not (SocialPlatform.X or SocialPlatform.LinkedIn or SocialPlatform.Mastodon);

    /// <summary>
    /// The id as it is written to, and looked up in, Dataverse's id columns (post, thread, in-reply-to): escaped on a
    /// case-sensitive network, and when that form would not fit the column (<see cref="MentionTable.ExternalIdLength"/>
    /// characters; an id of 90 characters with 20 capitals escapes to 110) the digest of the exact id, which fits and
    /// still tells ids apart by case. Every id that reaches Dataverse passes here, so the column never refuses one.
    /// </summary>
    public static string? ForDataverse(SocialPlatform platform, string? id)
    {
        if (id == null)
        {
            return null;
        }

        var written = IsCaseSensitive(platform) ? Escaped(id) : id;
        return written.Length <= MentionTable.ExternalIdLength ? written : Digest(id);
    }

    private static string Escaped(string id)
    {
        var written = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (c is >= 'A' and <= 'Z')
            {
                written.Append(Escape).Append((char)(c + ('a' - 'A')));
            }
            else
            {
                written.Append(c);
                if (c == Escape)
                {
                    written.Append(Escape);
                }
            }
        }

        return written.ToString();
    }

    /// <summary>The network's id of a value read from Dataverse's id columns.</summary>
    public static string? FromDataverse(SocialPlatform platform, string? stored)
    {
        if (stored == null || !IsCaseSensitive(platform))
        {
            return stored;
        }

        var id = new StringBuilder(stored.Length);
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            if (c == Escape && i + 1 < stored.Length)
            {
                var next = stored[++i];
                id.Append(next == Escape ? Escape : char.ToUpperInvariant(next));
            }
            else
            {
                id.Append(c);
            }
        }

        return id.ToString();
    }

    /// <summary>The post as Dataverse tells posts apart: platform and the written id, compared without case.</summary>
    public static string Key(SocialPlatform platform, string id) =>
        $"{(int)platform}:{ForDataverse(platform, id)!.ToLowerInvariant()}";

    /// <summary>
    /// How the worker before this one stored <paramref name="id"/> when that differs from <see cref="ForDataverse"/> now:
    /// Facebook and Instagram ids were written as sent until message ids kept case (issue 13). Null for an id stored
    /// the same way then (without capitals, longer than the column: its digest then too) and for every other network.
    /// </summary>
    public static string? FormBeforeCaseWasKept(SocialPlatform platform, string id) =>
        platform is SocialPlatform.Facebook or SocialPlatform.Instagram && id.Length <= MentionTable.ExternalIdLength && IsStoredBeforeCaseWasKept(id)
            ? id
            : null;

    /// <summary>Whether a value read from an id column of a network that keeps case was stored before it did: the
    /// form <see cref="ForDataverse"/> writes never holds a capital.</summary>
    public static bool IsStoredBeforeCaseWasKept(string stored) => stored.Any(c => c is >= 'A' and <= 'Z');

    /// <summary>
    /// An id an edge keeps though it is longer than the id columns (a feed entry whose id is a long URL, an Instagram
    /// message id, a feed author's URI): a longer one becomes the digest <see cref="ForDataverse"/> writes for it, so its
    /// edits, removals and replies still find it.
    /// </summary>
    public static string ShortId(string id) => id.Length <= MentionTable.ExternalIdLength ? id : Digest(id);

    /// <summary>"sha256:" and the digest of the id's exact text: the same every time, lower case, 71 characters.</summary>
    private static string Digest(string id) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
