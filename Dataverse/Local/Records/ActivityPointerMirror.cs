using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// Keeps activitypointer in step with the activity tables: every activity row has an activitypointer row with the same
/// activityid and the shared columns, which is what timelines query.
/// https://learn.microsoft.com/power-apps/developer/data-platform/activity-entities
/// </summary>
internal sealed class ActivityPointerMirror
{
    private const string PointerTable = "activitypointer";

    private readonly IRecordStore store;
    private readonly TableDefinition? pointer;

    public ActivityPointerMirror(IRecordStore store, MetadataCatalog catalog)
    {
        this.store = store;
        pointer = catalog.FindTable(PointerTable);
    }

    public void Created(TableDefinition table, IReadOnlyList<Entity> rows)
    {
        if (Applies(table))
        {
            store.Insert(pointer!, rows.Select(r => Project(r, table)).ToList());
        }
    }

    public void Updated(TableDefinition table, IReadOnlyList<Entity> rows)
    {
        if (Applies(table))
        {
            store.Update(pointer!, rows.Select(r => Project(r, table)).ToList());
        }
    }

    public void Deleted(TableDefinition table, IReadOnlyList<Guid> ids)
    {
        if (Applies(table))
        {
            store.Delete(pointer!, ids);
        }
    }

    private bool Applies(TableDefinition table) => pointer is not null && table.IsActivity && table.LogicalName != PointerTable;

    private Entity Project(Entity row, TableDefinition table)
    {
        var projection = new Entity(PointerTable, row.Id);
        foreach (var (name, value) in row.Attributes.Where(a => a.Key != table.PrimaryIdColumn && pointer!.HasColumn(a.Key)))
        {
            projection[name] = value;
        }

        return projection;
    }
}
