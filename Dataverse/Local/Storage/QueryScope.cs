using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The tables of one SQL query by alias: the main table (t0) and each linked table, known to conditions by the link's
/// entity alias. Also numbers the parameters (?1, ?2...), so every value reaches SQLite as a parameter bound by position
/// and the SQL of a query depends only on its shape, not on its values.
/// </summary>
internal sealed class QueryScope
{
    private readonly Dictionary<string, (TableDefinition Table, string SqlAlias)> byEntityAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<object> values = new();
    private int aliasCount;

    public QueryScope(QueryContext context)
    {
        Context = context;
    }

    /// <summary>The values of the parameters handed out, in order: the value of ?n is at n - 1.</summary>
    public IReadOnlyList<object> Values => values;

    public QueryContext Context { get; }

    public string NextSqlAlias() => "t" + aliasCount++;

    public void Register(string entityAlias, TableDefinition table, string sqlAlias) => byEntityAlias[entityAlias] = (table, sqlAlias);

    public (TableDefinition Table, string SqlAlias) Resolve(string entityAlias) =>
        byEntityAlias.TryGetValue(entityAlias, out var found)
            ? found
            : throw DataverseFault.Create(ErrorCodes.QueryBuilderNoAttribute, $"No alias '{entityAlias}' for the given entity in the condition was found.");

    public string Parameter(object value)
    {
        values.Add(value);
        return "?" + values.Count.ToString(CultureInfo.InvariantCulture);
    }

    public TableDefinition Table(string logicalName) =>
        Context.Catalog.FindTable(logicalName) ?? throw DataverseFault.UnknownTable(logicalName);
}
