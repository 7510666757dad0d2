using System;
using System.Collections.Generic;
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
    private readonly TableDefinition table;
    private readonly TableDefinition pointer;

    private ActivityPointerMirror(IRecordStore store, TableDefinition table, TableDefinition pointer)
    {
        this.store = store;
        this.table = table;
        this.pointer = pointer;
    }

    /// <summary>The mirror of <paramref name="table"/>'s rows; null when it has none (not an activity, or no activitypointer table).</summary>
    public static ActivityPointerMirror? Of(TableDefinition table, IRecordStore store, MetadataCatalog catalog) =>
        table.IsActivity && table.LogicalName != PointerTable && catalog.FindTable(PointerTable) is { } pointer
            ? new ActivityPointerMirror(store, table, pointer)
            : null;

    public void Created(IReadOnlyList<Entity> rows) => store.Insert(pointer, Projections(rows));

    public void Updated(IReadOnlyList<Entity> rows) => store.Update(pointer, Projections(rows));

    public void Deleted(IReadOnlyList<Guid> ids) => store.Delete(pointer, ids);

    private Entity[] Projections(IReadOnlyList<Entity> rows)
    {
        var projections = new Entity[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            projections[i] = Project(rows[i]);
        }

        return projections;
    }

    // Gathered first, so the projection's columns are sized once rather than grown four times per row.
    private Entity Project(Entity row)
    {
        var projection = new Entity(PointerTable, row.Id);
        var columns = new ColumnBuffer(row.Attributes.Count);
        foreach (var (name, value) in row.Attributes.Unboxed)
        {
            if (name != table.PrimaryIdColumn && pointer.HasColumn(name))
            {
                columns.Add(name, value);
            }
        }

        columns.MoveTo(projection);
        return projection;
    }
}
