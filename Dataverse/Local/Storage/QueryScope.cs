using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The tables of one SQL query by alias: the main table (t0) and each linked table, known to conditions by the link's
/// entity alias. Also hands out parameter names, so every value reaches SQLite as a parameter.
/// </summary>
internal sealed class QueryScope
{
    private readonly Dictionary<string, (TableDefinition Table, string SqlAlias)> byEntityAlias = new(StringComparer.OrdinalIgnoreCase);
    private int parameterCount;
    private int aliasCount;

    public QueryScope(SqliteCommand command, QueryContext context)
    {
        Command = command;
        Context = context;
    }

    public SqliteCommand Command { get; }

    public QueryContext Context { get; }

    public string NextSqlAlias() => "t" + aliasCount++;

    public void Register(string entityAlias, TableDefinition table, string sqlAlias) => byEntityAlias[entityAlias] = (table, sqlAlias);

    public (TableDefinition Table, string SqlAlias) Resolve(string entityAlias) =>
        byEntityAlias.TryGetValue(entityAlias, out var found)
            ? found
            : throw DataverseFault.Create(ErrorCodes.QueryBuilderNoAttribute, $"No alias '{entityAlias}' for the given entity in the condition was found.");

    public string Parameter(object value)
    {
        var name = "$q" + parameterCount++;
        Command.Parameters.AddWithValue(name, value);
        return name;
    }

    public TableDefinition Table(string logicalName) =>
        Context.Catalog.FindTable(logicalName) ?? throw DataverseFault.UnknownTable(logicalName);
}
