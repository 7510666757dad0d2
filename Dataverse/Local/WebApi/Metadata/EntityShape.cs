using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// One table as the Web API shows it: its entity type and set, a property per column (a lookup becomes the read-only
/// <c>_name_value</c> property) and its navigation properties. Names are case-sensitive, as Dataverse's are.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
/// </summary>
internal sealed class EntityShape
{
    private readonly Dictionary<string, ColumnDefinition> columnsByProperty;
    private readonly Dictionary<string, LookupNavigation> navigations;
    private readonly Dictionary<string, RelatedCollection> collections = new(StringComparer.Ordinal);

    public EntityShape(TableDefinition table, EdmEntityType type, IEnumerable<LookupNavigation> navigations)
    {
        Table = table;
        Type = type;
        columnsByProperty = table.Columns.ToDictionary(PropertyName, StringComparer.Ordinal);
        this.navigations = navigations.ToDictionary(n => n.Name, StringComparer.Ordinal);
    }

    public TableDefinition Table { get; }

    public EdmEntityType Type { get; }

    public IEdmEntitySet Set { get; set; } = null!;

    public IEnumerable<LookupNavigation> Navigations => navigations.Values;

    public static string PropertyName(ColumnDefinition column) => column.IsLookup ? $"_{column.LogicalName}_value" : column.LogicalName;

    public ColumnDefinition? ColumnOf(string propertyName) => columnsByProperty.TryGetValue(propertyName, out var column) ? column : null;

    public LookupNavigation? Navigation(string name) => navigations.TryGetValue(name, out var navigation) ? navigation : null;

    public IEnumerable<RelatedCollection> Collections => collections.Values;

    /// <summary>The collection-valued navigation property of that name, if the table has one.</summary>
    public RelatedCollection? Collection(string name) => collections.TryGetValue(name, out var collection) ? collection : null;

    public void Add(RelatedCollection collection) => collections[collection.Name] = collection;

    /// <summary>Whether <paramref name="propertyName"/> names the record's key: its primary key or the key its type inherits (ownerid of a principal).</summary>
    public bool IsKey(string propertyName) => propertyName == Table.PrimaryIdColumn || Type.Key().Any(k => k.Name == propertyName);

    /// <summary>The navigation a lookup value uses when it points to <paramref name="targetTable"/>.</summary>
    public LookupNavigation? NavigationFor(ColumnDefinition column, string targetTable) =>
        navigations.Values.FirstOrDefault(n => n.Column == column && (n.Target is null || string.Equals(n.Target.LogicalName, targetTable, StringComparison.OrdinalIgnoreCase)));
}
