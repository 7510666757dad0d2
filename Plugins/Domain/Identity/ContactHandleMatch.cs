using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>
/// A social profile with the author's handle that is linked to a contact: evidence for linking when it is on another
/// linked network (<see cref="LinkedNetworks"/>).
/// </summary>
public sealed class ContactHandleMatch
{
    public ContactHandleMatch(Guid contactId, SocialPlatform platform, string handle)
    {
        ContactId = contactId;
        Platform = platform;
        Handle = handle;
    }

    public Guid ContactId { get; }

    public SocialPlatform Platform { get; }

    public string Handle { get; }
}
