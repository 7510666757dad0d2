using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// The main operation of the write messages, for a batch of rows of one table: fills the platform columns (ids, audit
/// columns, owner, state, row version), validates against metadata, checks optimistic concurrency, and hands the rows to
/// the store in one call. A value rather than an object: every write request, a plug-in's single writes included,
/// makes one.
/// </summary>
internal readonly struct RecordWriter
{
    private readonly IRecordStore store;
    private readonly ReferenceResolver references;
    private readonly MetadataCatalog catalog;
    private readonly DateTime now;
    private readonly EntityReference user;

    public RecordWriter(IRecordStore store, MetadataCatalog catalog, DateTime now, Guid userId)
    {
        this.store = store;
        this.catalog = catalog;
        references = new ReferenceResolver(catalog, store);
        this.now = now;
        user = new EntityReference("systemuser", userId);
    }

    /// <summary>Creates the rows; each target gets its id (and its primary key column) as Dataverse gives them.</summary>
    public IReadOnlyList<Guid> Create(TableDefinition table, IReadOnlyList<Entity> targets)
    {
        var version = store.ReserveVersions(targets.Count);
        var rows = new Entity[targets.Count];
        var ids = new Guid[targets.Count];
        // One boxed time for all the rows: they go only to the store, so nothing can change it under another row.
        object stamp = now;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var id = target.Id != Guid.Empty ? target.Id : target.GetAttributeValue<Guid?>(table.PrimaryIdColumn) ?? RowIds.Next();
            target.Id = id;
            target[table.PrimaryIdColumn] = id;
            // Every column the platform sets has its place before the row is made, so its collection is sized once.
            var columns = Writable(table, target, includeKey: true, room: 9);
            columns.Add(PlatformColumns.CreatedOn, stamp);
            columns.Add(PlatformColumns.ModifiedOn, stamp);
            columns.Add(PlatformColumns.CreatedBy, user);
            columns.Add(PlatformColumns.ModifiedBy, user);
            columns.Add(PlatformColumns.VersionNumber, version++);
            if (table.IsActivity)
            {
                columns.Set("activitytypecode", table.LogicalName);
            }

            if (table.Ownership == OwnershipType.UserOwned && columns.Get(PlatformColumns.OwnerId) is null)
            {
                columns.Set(PlatformColumns.OwnerId, user);
            }

            var state = (columns.Get(PlatformColumns.StateCode) as OptionSetValue)?.Value ?? 0;
            columns.Set(PlatformColumns.StateCode, new OptionSetValue(state));
            if (columns.Get(PlatformColumns.StatusCode) is null && PlatformColumns.DefaultStatusFor(table, state) is int status)
            {
                columns.Set(PlatformColumns.StatusCode, new OptionSetValue(status));
            }

            var row = new Entity(table.LogicalName, id);
            columns.MoveTo(row);
            ComputedColumns.Apply(table, row, existing: null);
            ValueValidator.Validate(table, row);
            ValueValidator.ValidateStatus(table, row, state);
            rows[i] = row;
            ids[i] = id;
        }

        references.ResolveLookups(table, rows, caller: user);
        store.Insert(table, rows);
        ActivityPointerMirror.Of(table, store, catalog)?.Created(rows);
        return ids;
    }

    /// <summary>Writes the columns of each target to its row. Ids must be resolved; a missing row fails the batch.</summary>
    public void Update(TableDefinition table, IReadOnlyList<Entity> targets, ConcurrencyBehavior concurrency)
    {
        var writable = new Entity[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var columns = Writable(table, targets[i], includeKey: false, room: 4);
            columns.Add(PlatformColumns.ModifiedOn, now);
            columns.Add(PlatformColumns.ModifiedBy, user);

            // Its place is kept here; its value is the next version once the rows are known to exist.
            columns.Add(PlatformColumns.VersionNumber, null);
            if (columns.Get(PlatformColumns.StateCode) is OptionSetValue state
                && !columns.Contains(PlatformColumns.StatusCode)
                && PlatformColumns.DefaultStatusFor(table, state.Value) is int status)
            {
                columns.Add(PlatformColumns.StatusCode, new OptionSetValue(status));
            }

            writable[i] = new Entity(table.LogicalName, targets[i].Id);
            columns.MoveTo(writable[i]);
        }

        var (existing, read) = CurrentRows(table, targets, writable, concurrency);
        var version = store.ReserveVersions(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            Entity? current = null;
            if (read is not null ? !read.TryGetValue(target.Id, out current) : existing is not null && !existing.Contains(target.Id))
            {
                throw DataverseFault.RecordNotFound(table.LogicalName, target.Id);
            }

            CheckConcurrency(table, target, current, concurrency);
            var row = writable[i];
            row[PlatformColumns.VersionNumber] = version++;
            ComputedColumns.Apply(table, row, current);
            ValueValidator.Validate(table, row);
            var newState = row.GetAttributeValue<OptionSetValue>(PlatformColumns.StateCode) ?? current?.GetAttributeValue<OptionSetValue>(PlatformColumns.StateCode);
            ValueValidator.ValidateStatus(table, row, newState?.Value ?? 0);
        }

        references.ResolveLookups(table, writable);
        store.Update(table, writable);
        ActivityPointerMirror.Of(table, store, catalog)?.Updated(writable);
    }

    /// <summary>
    /// Deletes the rows and empties the lookups that pointed to them: the "Remove Link" behaviour Dataverse gives a
    /// custom relationship by default (LocalDataverse applies it to every relationship, cascading nothing).
    /// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
    /// </summary>
    public void Delete(TableDefinition table, IReadOnlyList<Guid> ids)
    {
        if (store.Delete(table, ids) != ids.Distinct().Count())
        {
            throw DataverseFault.RecordNotFound(table.LogicalName, ids[0]);
        }

        ActivityPointerMirror.Of(table, store, catalog)?.Deleted(ids);
        foreach (var relationship in catalog.Relationships.Where(r => r.ReferencedTable == table.LogicalName))
        {
            if (catalog.FindTable(relationship.ReferencingTable) is { } referencing && referencing.HasColumn(relationship.ReferencingColumn))
            {
                store.ClearReferences(referencing, relationship.ReferencingColumn, ids);
            }
        }
    }

    /// <summary>
    /// The rows <paramref name="targets"/> name, by id, as far as the update needs them: read (row version, state, the
    /// inputs of computed columns) when a check or a computed column uses them, else only known to exist, which is all
    /// a plug-in's usual update needs. A missing row is left out of either. A single target that needs no read is
    /// checked here, and neither is returned: it exists.
    /// </summary>
    private (IReadOnlySet<Guid>? Existing, Dictionary<Guid, Entity>? Read) CurrentRows(TableDefinition table, IReadOnlyList<Entity> targets, Entity[] writable, ConcurrencyBehavior concurrency)
    {
        var readsRows = concurrency == ConcurrencyBehavior.IfRowVersionMatches || ReadsCurrentRows(table, writable);
        if (!readsRows && targets.Count == 1)
        {
            return store.Exists(table, targets[0].Id) ? (null, null) : throw DataverseFault.RecordNotFound(table.LogicalName, targets[0].Id);
        }

        var ids = new Guid[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            ids[i] = targets[i].Id;
        }

        if (!readsRows)
        {
            return (store.Existing(table, ids), null);
        }

        var columns = ComputedColumns.ReadFor(table);
        columns.AddColumn(PlatformColumns.StateCode);
        var read = new Dictionary<Guid, Entity>(ids.Length);
        foreach (var row in store.Retrieve(table, ids, columns))
        {
            read[row.Id] = row;
        }

        return (null, read);
    }

    // A loop rather than Array.Exists: its closure would be allocated by every update.
    private static bool ReadsCurrentRows(TableDefinition table, Entity[] rows)
    {
        foreach (var row in rows)
        {
            if (SetsStatusAlone(row) || ComputedColumns.ReadsCurrentRow(table, row))
            {
                return true;
            }
        }

        return false;
    }

    // A status without a state must belong to the state the row has: the one thing an update checks against the row.
    private static bool SetsStatusAlone(Entity row) => row.Contains(PlatformColumns.StatusCode) && !row.Contains(PlatformColumns.StateCode);

    // Optimistic concurrency: https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
    private static void CheckConcurrency(TableDefinition table, Entity target, Entity? current, ConcurrencyBehavior concurrency)
    {
        if (concurrency != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(target.RowVersion))
        {
            throw DataverseFault.Create(ErrorCodes.ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");
        }

        if (target.RowVersion != current!.RowVersion)
        {
            throw DataverseFault.Create(
                ErrorCodes.ConcurrencyVersionMismatch,
                "The version of the existing record doesn't match the RowVersion property provided.",
                new Dictionary<string, object> { ["EntityName"] = table.LogicalName, ["Id"] = target.Id });
        }
    }

    // The caller's columns less those only the platform writes: Dataverse ignores a caller's createdon or versionnumber.
    private static ColumnBuffer Writable(TableDefinition table, Entity target, bool includeKey, int room)
    {
        var columns = new ColumnBuffer(target.Attributes.Count + room);
        var folded = false;
        foreach (var (name, value) in target.Attributes.Unboxed)
        {
            var column = name.ToLowerInvariant();
            if (PlatformColumns.IsSystemManaged(column) || (!includeKey && column == table.PrimaryIdColumn))
            {
                continue;
            }

            // Names are unique as the caller wrote them; only once one was folded to lower case can two meet.
            folded |= !ReferenceEquals(column, name);
            if (folded)
            {
                columns.Set(column, value);
            }
            else
            {
                columns.Add(column, value);
            }
        }

        return columns;
    }
}
