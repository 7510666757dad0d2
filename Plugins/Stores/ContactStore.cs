using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Identity;
using Table = SocialCrm.Plugins.Schema.StandardTables.Contact;

namespace SocialCrm.Plugins.Stores;

/// <summary>contact: the CRM's people. SocialCrm finds them by e-mail address and creates them only when allowed.</summary>
public sealed class ContactStore : IContactStore
{
    private readonly IOrganizationService _service;

    public ContactStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Contacts whose emailaddress1 is one of <paramref name="emails"/>, in one query.</summary>
    public List<ContactEmailMatch> FindByEmails(IEnumerable<string> emails)
    {
        var wanted = emails.Distinct(StringComparer.OrdinalIgnoreCase).Select(email => (object)email).ToArray();
        if (wanted.Length == 0)
        {
            return new List<ContactEmailMatch>();
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.Email) };
        query.Criteria.AddCondition(Table.Email, ConditionOperator.In, wanted);
        return _service.RetrieveAll(query)
            .Where(row => row.Text(Table.Email) != null)
            .Select(row => new ContactEmailMatch(row.Id, row.Text(Table.Email)!))
            .ToList();
    }

    /// <summary>Which of <paramref name="ids"/> are contacts that exist, in one query.</summary>
    public HashSet<Guid> FindExisting(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().Select(id => (object)id).ToArray();
        if (wanted.Length == 0)
        {
            return new HashSet<Guid>();
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(Table.PrimaryId, ConditionOperator.In, wanted);
        return new HashSet<Guid>(_service.RetrieveAll(query).Select(row => row.Id));
    }

    public Guid Create(NewContact contact)
    {
        var row = new Entity(Table.LogicalName) { [Table.LastName] = contact.LastName };
        if (contact.FirstName != null)
        {
            row[Table.FirstName] = contact.FirstName;
        }

        if (contact.Email != null)
        {
            row[Table.Email] = contact.Email;
        }

        return _service.Create(row);
    }
}
