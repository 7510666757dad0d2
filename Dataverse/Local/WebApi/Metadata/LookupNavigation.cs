using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// A single-valued navigation property: the Web API's view of one lookup column pointing to one table. A multi-table
/// lookup (customer, regarding) has one per table, all sharing the column's _name_value property.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties#multi-table-lookups
/// </summary>
internal sealed class LookupNavigation
{
    public LookupNavigation(string name, ColumnDefinition column, TableDefinition? target)
    {
        Name = name;
        Column = column;
        Target = target;
    }

    /// <summary>The name clients bind with (<c>name@odata.bind</c>) and expand.</summary>
    public string Name { get; }

    public ColumnDefinition Column { get; }

    /// <summary>The table it points to; null for ownerid, which points to a user or a team (Dataverse's principal).</summary>
    public TableDefinition? Target { get; }

    public IEdmNavigationProperty Property { get; set; } = null!;
}
