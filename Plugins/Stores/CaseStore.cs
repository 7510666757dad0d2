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

    /// <summary>
    /// Creates the case an escalation decided on (its customer the contact, else the fallback account; owned by the
    /// rule's team when it names one) and adds it to the rule's queue.
    /// </summary>
    /// <exception cref="InvalidOperationException">The decision has no customer (see <see cref="EscalationDecision.HasCustomer"/>).</exception>
    public Guid Open(EscalationDecision decision)
    {
        if (!decision.Escalate || decision.Case is not { HasCustomer: true } toOpen)
        {
            throw new InvalidOperationException("Only an escalation with a customer opens a case.");
        }

        var customer = toOpen.CustomerContactId.HasValue
            ? new EntityReference(StandardTables.Contact.LogicalName, toOpen.CustomerContactId.Value)
            : new EntityReference(StandardTables.Account.LogicalName, toOpen.CustomerAccountId!.Value);
        var row = new Entity(Table.LogicalName)
        {
            [Table.Title] = toOpen.Title,
            [Table.Description] = toOpen.Description,
            [Table.Customer] = customer,
            [Table.Priority] = new OptionSetValue((int)toOpen.Priority),
            [Table.Origin] = new OptionSetValue((int)toOpen.Origin),
        };
        if (toOpen.CaseType.HasValue)
        {
            row[Table.CaseType] = new OptionSetValue(CaseToOpen.CaseTypeCodeOf(toOpen.CaseType.Value));
        }

        if (toOpen.Routing.OwnerTeamId.HasValue)
        {
            row[Table.Owner] = new EntityReference(StandardTables.Team.LogicalName, toOpen.Routing.OwnerTeamId.Value);
        }

        var id = _service.Create(row);
        if (toOpen.Routing.QueueId.HasValue)
        {
            _service.AddToQueue(new EntityReference(Table.LogicalName, id), toOpen.Routing.QueueId.Value);
        }

        return id;
    }
}
