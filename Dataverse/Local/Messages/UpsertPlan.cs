using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// Decides, for each target of an Upsert or UpsertMultiple, whether its row exists (one query for ids, one per key for
/// the rest) and shapes it as Dataverse documents: an existing row is updated without the key columns it was found by;
/// a new row gets the key values as columns when it lacks them.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record#understand-the-upsert-process-for-standard-tables
/// </summary>
internal static class UpsertPlan
{
    /// <summary>For each target (by position): true when its row exists (and the target now carries its id).</summary>
    public static bool[] Resolve(RequestContext context, TableDefinition table, IReadOnlyList<Entity> targets)
    {
        var exists = new bool[targets.Count];
        var byId = targets.Where(t => t.Id != Guid.Empty).Select(t => t.Id).ToList();
        var found = context.Store.Existing(table, byId);
        var byKey = targets.Select((t, i) => (Target: t, Index: i)).Where(t => t.Target.Id == Guid.Empty).ToList();
        var keyIds = context.References().ResolveKeys(table, byKey.Select(t => t.Target.KeyAttributes).ToList());
        for (var i = 0; i < targets.Count; i++)
        {
            exists[i] = targets[i].Id != Guid.Empty && found.Contains(targets[i].Id);
        }

        for (var i = 0; i < byKey.Count; i++)
        {
            if (keyIds[i] is Guid id)
            {
                byKey[i].Target.Id = id;
                exists[byKey[i].Index] = true;
            }
        }

        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            foreach (var (name, value) in target.KeyAttributes)
            {
                if (exists[i])
                {
                    target.Attributes.Remove(name);
                }
                else if (!target.Contains(name))
                {
                    target[name] = value;
                }
            }
        }

        return exists;
    }
}
