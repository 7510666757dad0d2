using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// Associate and Disassociate over a one-to-many relationship: they set or clear the lookup on the "many" side,
/// whichever side the request starts from.
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-associate-disassociate
/// </summary>
internal static class RelationshipLink
{
    public static void Apply(RequestContext context, bool associate)
    {
        var relationship = RequestParameters.Required<Relationship>(context, "Relationship");
        var related = RequestParameters.Required<EntityReferenceCollection>(context, "RelatedEntities");
        var definition = context.Metadata.FindRelationship(relationship.SchemaName)
            ?? throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"The relationship '{relationship.SchemaName}' does not exist or is not a one-to-many relationship LocalDataverse knows.");
        var target = new EntityReference(context.Table!.LogicalName, context.Items[0].Id);

        // From the "one" side, the related rows get the lookup; from the "many" side, the target gets it.
        var fromReferenced = context.Table.LogicalName == definition.ReferencedTable
            && related.All(r => string.Equals(r.LogicalName, definition.ReferencingTable, StringComparison.OrdinalIgnoreCase));
        var references = context.References();
        var changes = fromReferenced
            ? related.Select(r => Change(definition, TargetIds.Resolve(references, references.Table(definition.ReferencingTable), r), associate ? target : null)).ToList()
            : new List<Entity> { Change(definition, target.Id, associate ? Referenced(references, definition, related) : null) };
        context.Writer().Update(references.Table(definition.ReferencingTable), changes, ConcurrencyBehavior.Default);
    }

    private static EntityReference Referenced(Records.ReferenceResolver references, RelationshipDefinition definition, EntityReferenceCollection related)
    {
        var one = related.Count == 1 ? related[0] : throw DataverseFault.InvalidArgument($"A row of {definition.ReferencingTable} can be associated with one {definition.ReferencedTable} only.");
        return new EntityReference(definition.ReferencedTable, TargetIds.Resolve(references, references.Table(definition.ReferencedTable), one));
    }

    private static Entity Change(RelationshipDefinition definition, Guid id, EntityReference? value) =>
        new(definition.ReferencingTable, id) { [definition.ReferencingColumn] = value };
}
