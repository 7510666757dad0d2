using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;
using Table = SocialCrm.Plugins.Schema.StandardTables.Incident;

namespace SocialCrm.Plugins.Stores;

/// <summary>incident: the cases escalation raises in the service process the CRM already runs.</summary>
public sealed class CaseStore : ICaseStore
{
    private readonly IOrganizationService _service;

    public CaseStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Creates the case an escalation decided on; its customer is the contact, else the fallback account.</summary>
    /// <exception cref="InvalidOperationException">The decision has no customer (see <see cref="EscalationDecision.HasCustomer"/>).</exception>
    public Guid Open(EscalationDecision decision)
    {
        if (!decision.Escalate || !decision.HasCustomer)
        {
            throw new InvalidOperationException("Only an escalation with a customer opens a case.");
        }

        var customer = decision.CustomerContactId.HasValue
            ? new EntityReference(StandardTables.Contact.LogicalName, decision.CustomerContactId.Value)
            : new EntityReference(StandardTables.Account.LogicalName, decision.CustomerAccountId!.Value);
        var row = new Entity(Table.LogicalName)
        {
            [Table.Title] = decision.CaseTitle,
            [Table.Description] = decision.CaseDescription,
            [Table.Customer] = customer,
        };
        if (decision.Priority.HasValue)
        {
            row[Table.Priority] = new OptionSetValue((int)decision.Priority.Value);
        }

        if (decision.Origin.HasValue)
        {
            row[Table.Origin] = new OptionSetValue((int)decision.Origin.Value);
        }

        return _service.Create(row);
    }
}
