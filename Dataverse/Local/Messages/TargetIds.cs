using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Records;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// Gives targets identified by alternate key (Entity.KeyAttributes) their id, a batch per key; a key that names no row
/// fails as Dataverse fails.
/// </summary>
internal static class TargetIds
{
    public static void Resolve(ReferenceResolver references, TableDefinition table, IReadOnlyList<Entity> targets)
    {
        if (!AnyWithoutId(targets))
        {
            return;
        }

        var byKey = targets.Where(t => t.Id == Guid.Empty).ToList();

        var ids = references.ResolveKeys(table, byKey.Select(t => t.KeyAttributes).ToList());
        for (var i = 0; i < byKey.Count; i++)
        {
            byKey[i].Id = ids[i] ?? throw (byKey[i].KeyAttributes.Count == 0
                ? DataverseFault.InvalidArgument($"The {table.LogicalName} to write has neither an id nor key attributes.")
                : DataverseFault.RecordNotFoundByKey(table.LogicalName, ReferenceResolver.Describe(byKey[i].KeyAttributes)));
        }
    }

    public static Guid Resolve(ReferenceResolver references, TableDefinition table, EntityReference target)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        return references.ResolveKeys(table, new[] { target.KeyAttributes })[0]
            ?? throw DataverseFault.RecordNotFoundByKey(table.LogicalName, ReferenceResolver.Describe(target.KeyAttributes));
    }

    // A loop: every Update asks, and most name their row by id.
    private static bool AnyWithoutId(IReadOnlyList<Entity> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Id == Guid.Empty)
            {
                return true;
            }
        }

        return false;
    }
}
