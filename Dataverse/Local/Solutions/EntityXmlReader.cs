using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads the Entities section of customizations.xml into table definitions. A standard table the solution extends
/// carries only its new columns; its definition is merged with the built-in one by the catalog.
/// </summary>
internal sealed class EntityXmlReader
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<OptionDefinition>> globalChoices;

    public EntityXmlReader(IReadOnlyDictionary<string, IReadOnlyList<OptionDefinition>> globalChoices)
    {
        this.globalChoices = globalChoices;
    }

    public IEnumerable<TableDefinition> Read(XElement entities) =>
        entities.Children("Entity").Where(e => e.Child("EntityInfo")?.Child("entity") is not null)
            .Select(e => ReadEntity(e.Child("EntityInfo")!.Child("entity")!, FindColumns(e)));

    // The conditions of the Quick Find view's isquickfindfields filter are the table's find columns.
    private static IEnumerable<string> FindColumns(XElement entity) =>
        (entity.Child("SavedQueries")?.Descendants("savedquery") ?? Enumerable.Empty<XElement>())
            .Where(view => view.Flag("isquickfindquery"))
            .SelectMany(view => view.Descendants("filter").Where(filter => filter.Attr("isquickfindfields") == "1"))
            .SelectMany(filter => filter.Children("condition"))
            .Select(condition => condition.Attr("attribute"))
            .Where(column => column is not null)
            .Select(column => column!);

    private TableDefinition ReadEntity(XElement entity, IEnumerable<string> findColumns)
    {
        var name = (entity.Attr("Name") ?? throw new FormatException("An <entity> element has no Name attribute.")).ToLowerInvariant();
        var isActivity = entity.Flag("IsActivity");
        var attributes = entity.Child("attributes")?.Children("attribute").ToList() ?? new List<XElement>();
        var columns = attributes.Select(ReadColumn).Where(c => c is not null).Select(c => c!).ToList();
        var primaryKey = columns.FirstOrDefault(c => c.Type == ColumnType.PrimaryKey)?.LogicalName ?? (isActivity ? "activityid" : name + "id");
        if (columns.All(c => c.LogicalName != primaryKey))
        {
            columns.Insert(0, new ColumnDefinition(primaryKey, ColumnType.PrimaryKey, RequiredLevel.SystemRequired));
        }

        var primaryName = attributes
            .FirstOrDefault(a => (a.Text("DisplayMask") ?? string.Empty).Split('|').Contains("PrimaryName", StringComparer.OrdinalIgnoreCase))
            ?.Text("LogicalName");
        var keys = (entity.Child("EntityKeys")?.Children("EntityKey") ?? Enumerable.Empty<XElement>())
            .Select(k => new AlternateKeyDefinition(
                k.Text("LogicalName") ?? k.Text("Name") ?? throw new FormatException($"An EntityKey of '{name}' has no LogicalName."),
                k.Child("EntityKeyAttributes")?.Children("AttributeName").Select(a => a.Value.Trim()) ?? Enumerable.Empty<string>()));

        return new TableDefinition(name, primaryKey, primaryName, columns, keys, entity.Text("EntitySetName"), isActivity, Ownership(entity.Text("OwnershipTypeMask")), findColumns);
    }

    private ColumnDefinition? ReadColumn(XElement attribute)
    {
        var type = ColumnTypeOf(attribute.Text("Type"));
        var logicalName = attribute.Text("LogicalName") ?? attribute.Text("Name");
        if (type is null || logicalName is null)
        {
            // Virtual, file, image and party-list columns have no stored value LocalDataverse checks.
            return null;
        }

        var precision = attribute.Int("Accuracy") ?? attribute.Int("Precision");
        return new ColumnDefinition(logicalName, type.Value, RequiredLevelOf(attribute.Text("RequiredLevel")), attribute.Int("MaxLength"), OptionsOf(attribute), precision: precision);
    }

    private IEnumerable<OptionDefinition> OptionsOf(XElement attribute)
    {
        var optionSet = attribute.Child("optionset");
        var inline = optionSet is null ? new List<OptionDefinition>() : OptionSetXmlReader.Options(optionSet).ToList();
        if (inline.Count > 0)
        {
            return inline;
        }

        var globalName = attribute.Text("OptionSetName") ?? optionSet?.Attr("Name");
        return globalName is not null && globalChoices.TryGetValue(globalName, out var global) ? global : inline;
    }

    private static ColumnType? ColumnTypeOf(string? type) => type?.ToLowerInvariant() switch
    {
        "primarykey" => ColumnType.PrimaryKey,
        "nvarchar" => ColumnType.String,
        "ntext" => ColumnType.Memo,
        "int" => ColumnType.Integer,
        "bigint" => ColumnType.BigInt,
        "decimal" => ColumnType.Decimal,
        "float" => ColumnType.Double,
        "money" => ColumnType.Money,
        "bit" => ColumnType.Boolean,
        "datetime" => ColumnType.DateTime,
        "lookup" => ColumnType.Lookup,
        "customer" => ColumnType.Customer,
        "owner" => ColumnType.Owner,
        "picklist" => ColumnType.Picklist,
        "state" => ColumnType.State,
        "status" => ColumnType.Status,
        "uniqueidentifier" => ColumnType.UniqueIdentifier,
        _ => null,
    };

    private static RequiredLevel RequiredLevelOf(string? level) => level?.ToLowerInvariant() switch
    {
        "systemrequired" => RequiredLevel.SystemRequired,
        "required" or "applicationrequired" => RequiredLevel.ApplicationRequired,
        "recommended" => RequiredLevel.Recommended,
        _ => RequiredLevel.None,
    };

    private static OwnershipType Ownership(string? mask) => mask?.ToLowerInvariant() switch
    {
        "orgowned" or "organizationowned" => OwnershipType.OrganizationOwned,
        "none" or "businessowned" => OwnershipType.None,
        _ => OwnershipType.UserOwned,
    };
}
