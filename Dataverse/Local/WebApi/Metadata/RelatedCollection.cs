using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// A collection-valued navigation property: the "many" side of a one-to-many relationship seen from its "one" side,
/// named after the relationship (scrm_conversation_scrm_mention), holding the rows whose lookup points here.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties#collection-valued-navigation-properties
/// </summary>
internal sealed class RelatedCollection
{
    public RelatedCollection(RelationshipDefinition relationship, TableDefinition referencing)
    {
        Relationship = relationship;
        Referencing = referencing;
    }

    public string Name => Relationship.SchemaName;

    public RelationshipDefinition Relationship { get; }

    /// <summary>The table of the related rows.</summary>
    public TableDefinition Referencing { get; }

    /// <summary>The related rows' lookup to this table.</summary>
    public ColumnDefinition Column => Referencing.FindColumn(Relationship.ReferencingColumn)!;

    public IEdmNavigationProperty Property { get; set; } = null!;
}
