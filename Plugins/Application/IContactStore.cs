using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Identity;

namespace SocialCrm.Plugins.Application;

/// <summary>The standard contact table, as identity resolution and profile linking use it.</summary>
public interface IContactStore
{
    /// <summary>Contacts whose e-mail address is one of <paramref name="emails"/>, in one query.</summary>
    List<ContactEmailMatch> FindByEmails(IEnumerable<string> emails);

    /// <summary>Which of <paramref name="ids"/> are contacts, in one query.</summary>
    HashSet<Guid> FindExisting(IEnumerable<Guid> ids);

    Guid Create(NewContact contact);
}
