using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Identity;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>Contacts by id with their e-mail address.</summary>
internal sealed class InMemoryContactStore : IContactStore
{
    public Dictionary<Guid, string?> Emails { get; } = new();

    public List<NewContact> Created { get; } = new();

    public Guid Add(string? email)
    {
        var id = Guid.NewGuid();
        Emails[id] = email;
        return id;
    }

    public List<ContactEmailMatch> FindByEmails(IEnumerable<string> emails)
    {
        var wanted = new HashSet<string>(emails, StringComparer.OrdinalIgnoreCase);
        return Emails.Where(contact => contact.Value != null && wanted.Contains(contact.Value))
            .Select(contact => new ContactEmailMatch(contact.Key, contact.Value!))
            .ToList();
    }

    public HashSet<Guid> FindExisting(IEnumerable<Guid> ids) => new(ids.Where(Emails.ContainsKey));

    public Guid Create(NewContact contact)
    {
        Created.Add(contact);
        return Add(contact.Email);
    }
}
