using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// Describes a table in code, for tests that need no solution and for the built-in standard tables. Platform
/// columns (createdon, ownerid, statecode, versionnumber...) are added by the catalog, not here.
/// </summary>
public sealed class TableBuilder
{
    private readonly string logicalName;
    private readonly string primaryIdColumn;
    private readonly List<ColumnDefinition> columns = new();
    private readonly List<AlternateKeyDefinition> keys = new();
    private readonly List<string> findColumns = new();
    private string? primaryNameColumn;
    private string? entitySetName;
    private bool isActivity;
    private OwnershipType ownership = OwnershipType.UserOwned;

    /// <param name="logicalName">The table's logical name, e.g. "scrm_socialprofile".</param>
    /// <param name="primaryIdColumn">Defaults to the logical name + "id", or "activityid" for activity tables.</param>
    public TableBuilder(string logicalName, string? primaryIdColumn = null)
    {
        this.logicalName = logicalName.ToLowerInvariant();
        this.primaryIdColumn = (primaryIdColumn ?? this.logicalName + "id").ToLowerInvariant();
    }

    public TableBuilder WithEntitySetName(string name)
    {
        entitySetName = name;
        return this;
    }

    /// <summary>Makes this an activity table: its key is activityid and it gets activitypointer's columns.</summary>
    public TableBuilder AsActivity()
    {
        isActivity = true;
        return this;
    }

    public TableBuilder OwnedBy(OwnershipType owner)
    {
        ownership = owner;
        return this;
    }

    public TableBuilder WithPrimaryName(string column, int maxLength = 100, RequiredLevel required = RequiredLevel.None)
    {
        primaryNameColumn = column;
        return WithColumn(new ColumnDefinition(column, ColumnType.String, required, maxLength));
    }

    public TableBuilder WithString(string column, int maxLength = 100, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.String, required, maxLength));

    public TableBuilder WithMemo(string column, int maxLength = 2000, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Memo, required, maxLength));

    public TableBuilder WithInteger(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Integer, required));

    public TableBuilder WithBigInt(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.BigInt, required));

    public TableBuilder WithDecimal(string column, int precision = 2, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Decimal, required, precision: precision));

    public TableBuilder WithDouble(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Double, required));

    public TableBuilder WithMoney(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Money, required, precision: 2));

    public TableBuilder WithBoolean(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Boolean, required));

    public TableBuilder WithDateTime(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.DateTime, required));

    public TableBuilder WithGuid(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.UniqueIdentifier, required));

    /// <summary>A lookup to <paramref name="targets"/>; with no target it may point to any table.</summary>
    public TableBuilder WithLookup(string column, params string[] targets) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Lookup, targets: targets));

    public TableBuilder WithCustomer(string column, RequiredLevel required = RequiredLevel.None) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Customer, required));

    public TableBuilder WithChoice(string column, params OptionDefinition[] options) =>
        WithColumn(new ColumnDefinition(column, ColumnType.Picklist, options: options));

    /// <summary>A choice whose labels do not matter to the caller: each value is its own label.</summary>
    public TableBuilder WithChoice(string column, params int[] values) =>
        WithChoice(column, values.Select(v => new OptionDefinition(v, v.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());

    /// <summary>Replaces the default statecode/statuscode choices (statuses carry the state they belong to).</summary>
    public TableBuilder WithStates(IEnumerable<OptionDefinition> states, IEnumerable<OptionDefinition> statuses)
    {
        WithColumn(new ColumnDefinition("statecode", ColumnType.State, RequiredLevel.SystemRequired, options: states));
        return WithColumn(new ColumnDefinition("statuscode", ColumnType.Status, options: statuses));
    }

    public TableBuilder WithColumn(ColumnDefinition column)
    {
        columns.RemoveAll(c => c.LogicalName == column.LogicalName);
        columns.Add(column);
        return this;
    }

    /// <summary>The find columns of the table's Quick Find view (see <see cref="TableDefinition.FindColumns"/>).</summary>
    public TableBuilder WithFindColumns(params string[] findColumns)
    {
        this.findColumns.AddRange(findColumns);
        return this;
    }

    public TableBuilder WithAlternateKey(string keyName, params string[] keyColumns)
    {
        keys.Add(new AlternateKeyDefinition(keyName, keyColumns));
        return this;
    }

    public TableDefinition Build()
    {
        var idColumn = isActivity ? "activityid" : primaryIdColumn;
        var all = columns.Where(c => c.LogicalName != idColumn)
            .Prepend(new ColumnDefinition(idColumn, ColumnType.PrimaryKey, RequiredLevel.SystemRequired));
        return new TableDefinition(logicalName, idColumn, primaryNameColumn, all, keys, entitySetName, isActivity, ownership, findColumns);
    }
}
