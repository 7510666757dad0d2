using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads the one-to-many relationships of the EntityRelationships section; many-to-many ones are skipped. The referencing
/// role's NavigationPropertyName is the Web API's name for the lookup; without one, Dataverse names it after the lookup
/// column's schema name, which ReferencingAttributeName carries in its original case.
/// </summary>
internal static class RelationshipXmlReader
{
    // RelationshipRoleType 1 is the referencing (many) side of the relationship.
    private const string ReferencingRole = "1";

    public static IEnumerable<RelationshipDefinition> Read(XElement relationships) =>
        from relationship in relationships.Children("EntityRelationship")
        let type = relationship.Text("EntityRelationshipType") ?? "OneToMany"
        where type.Equals("OneToMany", System.StringComparison.OrdinalIgnoreCase)
        let referenced = relationship.Text("ReferencedEntityName")
        let referencing = relationship.Text("ReferencingEntityName")
        let column = relationship.Text("ReferencingAttributeName")
        where referenced is not null && referencing is not null && column is not null
        let navigation = (relationship.Child("EntityRelationshipRoles")?.Children("EntityRelationshipRole") ?? Enumerable.Empty<XElement>())
            .Where(r => r.Text("RelationshipRoleType") == ReferencingRole)
            .Select(r => r.Text("NavigationPropertyName"))
            .FirstOrDefault(n => n is not null)
        select new RelationshipDefinition(relationship.Attr("Name") ?? $"{referenced}_{referencing}_{column}", referenced, referencing, column, navigation ?? column);
}
