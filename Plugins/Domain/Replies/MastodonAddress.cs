using System;
using System.Linq;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>
/// A Mastodon status of visibility "direct" is delivered only to the accounts it mentions
/// (https://docs.joinmastodon.org/entities/Status/#visibility: "Visible only to mentioned users"), so a private reply
/// that does not mention the customer would reach no one. It is addressed to them unless the agent already did.
/// </summary>
public static class MastodonAddress
{
    private static readonly char[] Trailing = { '.', ',', ';', ':', '!', '?', ')', ']', '\'', '"' };

    /// <param name="handle">The customer's acct: user, or user@domain for an account on another server.</param>
    public static string AddressedTo(string text, string handle)
    {
        var mention = "@" + handle.TrimStart('@');
        var mentioned = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(word => string.Equals(word.TrimEnd(Trailing), mention, StringComparison.OrdinalIgnoreCase));
        return mentioned ? text : mention + " " + text;
    }
}
