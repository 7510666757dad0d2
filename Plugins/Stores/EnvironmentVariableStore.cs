using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// SocialCrm's environment variables: every scrm_ definition with its current value, in one query, the value
/// overriding the default as Dataverse resolves them.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
/// </summary>
public sealed class EnvironmentVariableStore
{
    public const string Prefix = "scrm_";

    private const string Definition = "environmentvariabledefinition";
    private const string DefinitionId = "environmentvariabledefinitionid";
    private const string SchemaName = "schemaname";
    private const string DefaultValue = "defaultvalue";
    private const string Value = "environmentvariablevalue";
    private const string ValueAlias = "current";
    private const string ValueColumn = "value";

    private readonly IOrganizationService _service;

    public EnvironmentVariableStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>The values by schema name: the current value when one is set, else the default.</summary>
    public Dictionary<string, string?> ReadValues()
    {
        var query = new QueryExpression(Definition) { ColumnSet = new ColumnSet(SchemaName, DefaultValue) };
        query.Criteria.AddCondition(SchemaName, ConditionOperator.BeginsWith, Prefix);
        var current = query.AddLink(Value, DefinitionId, DefinitionId, JoinOperator.LeftOuter);
        current.EntityAlias = ValueAlias;
        current.Columns = new ColumnSet(ValueColumn);

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in _service.RetrieveAll(query))
        {
            var name = row.Text(SchemaName);
            if (name != null)
            {
                values[name] = row.Text(ValueAlias + "." + ValueColumn) ?? row.Text(DefaultValue);
            }
        }

        return values;
    }
}
