namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// A one-to-many relationship: rows of the referencing table point with a lookup column to one row of the referenced
/// table. Associate and Disassociate set and clear that lookup.
/// </summary>
public sealed class RelationshipDefinition
{
    public RelationshipDefinition(string schemaName, string referencedTable, string referencingTable, string referencingColumn)
    {
        SchemaName = schemaName;
        ReferencedTable = referencedTable.ToLowerInvariant();
        ReferencingTable = referencingTable.ToLowerInvariant();
        ReferencingColumn = referencingColumn.ToLowerInvariant();
    }

    /// <summary>The relationship's name, as Relationship.SchemaName carries it in Associate requests.</summary>
    public string SchemaName { get; }

    /// <summary>The "one" side.</summary>
    public string ReferencedTable { get; }

    /// <summary>The "many" side, which holds the lookup.</summary>
    public string ReferencingTable { get; }

    public string ReferencingColumn { get; }
}
