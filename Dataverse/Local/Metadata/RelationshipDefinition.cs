namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>
/// A one-to-many relationship: rows of the referencing table point with a lookup column to one row of the referenced
/// table. Associate and Disassociate set and clear that lookup.
/// </summary>
public sealed class RelationshipDefinition
{
    /// <param name="referencingNavigationPropertyName">The Web API's single-valued navigation property on the referencing
    /// table (ReferencingEntityNavigationPropertyName), case as the solution spells it; null lets the Web API derive it.</param>
    public RelationshipDefinition(string schemaName, string referencedTable, string referencingTable, string referencingColumn, string? referencingNavigationPropertyName = null)
    {
        SchemaName = schemaName;
        ReferencedTable = referencedTable.ToLowerInvariant();
        ReferencingTable = referencingTable.ToLowerInvariant();
        ReferencingColumn = referencingColumn.ToLowerInvariant();
        ReferencingNavigationPropertyName = referencingNavigationPropertyName;
    }

    /// <summary>The relationship's name, as Relationship.SchemaName carries it in Associate requests.</summary>
    public string SchemaName { get; }

    /// <summary>The "one" side.</summary>
    public string ReferencedTable { get; }

    /// <summary>The "many" side, which holds the lookup.</summary>
    public string ReferencingTable { get; }

    public string ReferencingColumn { get; }

    /// <summary>The name Web API clients bind the lookup with (<c>name@odata.bind</c>), e.g. scrm_AuthorProfileId.</summary>
    public string? ReferencingNavigationPropertyName { get; }
}
