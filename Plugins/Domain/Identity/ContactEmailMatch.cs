using System;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>A contact whose e-mail address (emailaddress1) equals the author's: evidence for linking.</summary>
public sealed class ContactEmailMatch
{
    public ContactEmailMatch(Guid contactId, string email)
    {
        ContactId = contactId;
        Email = email;
    }

    public Guid ContactId { get; }

    public string Email { get; }
}
