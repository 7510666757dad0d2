using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Escalation;
using Table = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>scrm_escalationrule over the organisation service.</summary>
public sealed class EscalationRuleStore : IEscalationRuleStore
{
    private const int Active = 0;

    private readonly IOrganizationService _service;

    public EscalationRuleStore(IOrganizationService service)
    {
        _service = service;
    }

    public StoredEscalationRules ReadActive()
    {
        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(EscalationRuleRow.Columns) };
        query.Criteria.AddCondition(Table.StateCode, ConditionOperator.Equal, Active);
        query.AddOrder(Table.Order, OrderType.Ascending);
        query.AddOrder(Table.PrimaryId, OrderType.Ascending);

        var rules = new List<EscalationRule>();
        var refused = new List<string>();
        foreach (var row in _service.RetrieveAll(query))
        {
            try
            {
                rules.Add(EscalationRuleRow.Read(row));
            }
            catch (InvalidEscalationRuleException invalid)
            {
                refused.Add($"Escalation rule {row.Id} ('{row.Text(Table.PrimaryName)}') is skipped: {invalid.Message}");
            }
        }

        return new StoredEscalationRules(rules, refused);
    }

    /// <summary>The row as it is stored, for checking an update against the whole rule.</summary>
    public Entity Retrieve(System.Guid id) => _service.Retrieve(Table.LogicalName, id, new ColumnSet(EscalationRuleRow.Columns));
}
