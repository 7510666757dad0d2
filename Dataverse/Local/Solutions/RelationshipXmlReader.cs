using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>Reads the one-to-many relationships of the EntityRelationships section; many-to-many ones are skipped.</summary>
internal static class RelationshipXmlReader
{
    public static IEnumerable<RelationshipDefinition> Read(XElement relationships) =>
        from relationship in relationships.Children("EntityRelationship")
        let type = relationship.Text("EntityRelationshipType") ?? "OneToMany"
        where type.Equals("OneToMany", System.StringComparison.OrdinalIgnoreCase)
        let referenced = relationship.Text("ReferencedEntityName")
        let referencing = relationship.Text("ReferencingEntityName")
        let column = relationship.Text("ReferencingAttributeName")
        where referenced is not null && referencing is not null && column is not null
        select new RelationshipDefinition(relationship.Attr("Name") ?? $"{referenced}_{referencing}_{column}", referenced, referencing, column);
}
