using System;
using System.Linq;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// Addresses that name no person: a network's no-reply sender put in every author's place (Blogger's Atom feeds give
/// each commenter &lt;email&gt;noreply@blogger.com&lt;/email&gt;), role and anonymous mailboxes, and RFC 2606's
/// never-deliverable ".invalid". Contacts are linked by e-mail, so taking one of these as a person's address would
/// link every stranger who shares it to one contact.
/// https://developers.google.com/blogger/docs/2.0/developers_guide_protocol, https://www.rfc-editor.org/rfc/rfc2606
/// </summary>
public static class PlaceholderEmail
{
    private static readonly string[] NobodyMailboxes =
    [
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "nobody", "anonymous", "unknown",
        "none", "null", "invalid", "mailer-daemon", "postmaster",
    ];

    /// <summary>Domains a network owns and gives its users no mailbox at: an address there is the network's, not the author's.</summary>
    private static readonly string[] NetworkDomains = ["blogger.com", "blogspot.com", "youtube.com", "facebookmail.com"];

    public static bool IsPlaceholder(string email)
    {
        var at = email.LastIndexOf('@');
        var mailbox = (at < 0 ? email : email[..at]).ToLowerInvariant();
        var domain = (at < 0 ? "" : email[(at + 1)..]).ToLowerInvariant().TrimEnd('.');
        var labels = domain.Split('.');
        return NobodyMailboxes.Contains(mailbox.Split('+')[0])
            || labels.Any(label => label is "noreply" or "no-reply")
            || labels[^1] == "invalid"
            || NetworkDomains.Any(owned => domain == owned || domain.EndsWith("." + owned, StringComparison.Ordinal));
    }
}
