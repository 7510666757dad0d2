using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// Turns references given by alternate key into ids and checks that referenced rows exist, a batch at a time: one
/// statement per table and key, whatever the number of rows.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record
/// A value rather than an object: every write request makes one.
/// </summary>
internal readonly struct ReferenceResolver
{
    private readonly MetadataCatalog catalog;
    private readonly IRecordStore store;

    public ReferenceResolver(MetadataCatalog catalog, IRecordStore store)
    {
        this.catalog = catalog;
        this.store = store;
    }

    public TableDefinition Table(string? logicalName) =>
        catalog.FindTable(logicalName ?? string.Empty) ?? throw DataverseFault.UnknownTable(logicalName ?? "(none)");

    /// <summary>
    /// The id of the row each key collection names (by position), or null where no row has them. Collections with an
    /// id given as the primary key column count as that id.
    /// </summary>
    public Guid?[] ResolveKeys(TableDefinition table, IReadOnlyList<KeyAttributeCollection> keys)
    {
        var result = new Guid?[keys.Count];
        foreach (var group in keys.Select((k, i) => (Keys: k, Index: i)).Where(k => k.Keys.Count > 0).GroupBy(k => KeyOf(table, k.Keys)))
        {
            var items = group.ToList();
            if (group.Key is null)
            {
                foreach (var (keyAttributes, index) in items)
                {
                    result[index] = keyAttributes.TryGetValue(table.PrimaryIdColumn, out var id) ? AsGuid(id) : null;
                }

                continue;
            }

            var found = store.FindByKey(table, group.Key, items.Select(i => group.Key.Columns.Select(c => Normalize(table, c, i.Keys)).ToArray()).ToList());
            for (var i = 0; i < items.Count; i++)
            {
                result[items[i].Index] = found.TryGetValue(i, out var id) ? id : null;
            }
        }

        return result;
    }

    /// <summary>
    /// Gives lookups set by alternate key their id and fails, like Dataverse, when a referenced row does not exist.
    /// <paramref name="caller"/> is the reference the platform itself set to the calling user (a defaulted owner): the
    /// caller is the one making the request, so it is not looked up once per row.
    /// </summary>
    public void ResolveLookups(TableDefinition table, IReadOnlyList<Entity> rows, EntityReference? caller = null)
    {
        if (rows.Count == 1 && CheckedLookups(table, rows[0], caller))
        {
            return;
        }

        var lookups = ValueValidator.Lookups(table, rows, caller);
        for (var l = 0; l < lookups.Count; l++)
        {
            var (name, group) = lookups[l];
            var target = Table(name);
            if (group.Exists(r => r.Id == Guid.Empty && r.KeyAttributes.Count > 0))
            {
                var byKey = group.Where(r => r.Id == Guid.Empty && r.KeyAttributes.Count > 0).ToList();
                var ids = ResolveKeys(target, byKey.Select(r => r.KeyAttributes).ToList());
                for (var i = 0; i < byKey.Count; i++)
                {
                    byKey[i].Id = ids[i] ?? throw DataverseFault.RecordNotFoundByKey(target.LogicalName, Describe(byKey[i].KeyAttributes));
                }
            }

            var wanted = group.Count == 1 ? new[] { group[0].Id } : group.Select(r => r.Id).Distinct().ToArray();
            var existing = store.Existing(target, wanted);
            if (wanted.Length != existing.Count)
            {
                throw Missing(target, wanted, existing);
            }
        }
    }

    // A plug-in's single write whose lookups are all by id, checked without grouping them: the same checks in the same
    // order as a batch's (table by table in order of first appearance, each table's ids in order), the first missing row
    // failing the write. False, having checked nothing, when a lookup is by key or the row has more lookups than the
    // buffer holds: the batch's way resolves those.
    private bool CheckedLookups(TableDefinition table, Entity row, EntityReference? caller)
    {
        var lookups = default(RowLookups);
        var count = 0;
        foreach (var (name, value) in row.Attributes.Unboxed)
        {
            if (!ValueValidator.IsCheckedLookup(table, name, value, caller, out var reference))
            {
                continue;
            }

            if (count == RowLookups.Capacity || (reference.Id == Guid.Empty && reference.KeyAttributes.Count > 0))
            {
                return false;
            }

            lookups[count++] = reference;
        }

        for (var first = 0; first < count; first++)
        {
            if (TableSeenBefore(lookups, first))
            {
                continue;
            }

            var target = Table(lookups[first].LogicalName.ToLowerInvariant());
            for (var i = first; i < count; i++)
            {
                if (SameTable(lookups[i].LogicalName, lookups[first].LogicalName) && !store.Exists(target, lookups[i].Id))
                {
                    throw DataverseFault.RecordNotFound(target.LogicalName, lookups[i].Id);
                }
            }
        }

        return true;
    }

    private static bool TableSeenBefore(in RowLookups lookups, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (SameTable(lookups[i].LogicalName, lookups[index].LogicalName))
            {
                return true;
            }
        }

        return false;
    }

    // Tables are named without regard to case, as the batch's grouping names them (lower case).
    private static bool SameTable(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static string Describe(KeyAttributeCollection keys) => string.Join(", ", keys.Select(k => $"{k.Key}:{k.Value}"));

    // Apart from ResolveLookups: the closure of its query would be allocated by every lookup checked.
    private static Exception Missing(TableDefinition target, Guid[] wanted, IReadOnlySet<Guid> existing) =>
        DataverseFault.RecordNotFound(target.LogicalName, wanted.FirstOrDefault(id => !existing.Contains(id)));

    // The lookups of one row, on the stack: a row rarely has more than a handful.
    [InlineArray(Capacity)]
    private struct RowLookups
    {
        public const int Capacity = 8;

        private EntityReference element;
    }

    private static AlternateKeyDefinition? KeyOf(TableDefinition table, KeyAttributeCollection keys)
    {
        if (keys.Count == 1 && keys.ContainsKey(table.PrimaryIdColumn))
        {
            return null;
        }

        return table.FindKeyMadeOf(keys.Keys) ?? throw DataverseFault.Create(
            ErrorCodes.InvalidArgument,
            $"The specified key attributes are not a defined key for the {table.LogicalName} entity: {string.Join(", ", keys.Keys)}");
    }

    // Key values arrive as the SDK type of the column or as a plain value (an int for a choice, a string for a Guid).
    private static object? Normalize(TableDefinition table, string column, KeyAttributeCollection keys)
    {
        var value = keys.FirstOrDefault(k => string.Equals(k.Key, column, StringComparison.OrdinalIgnoreCase)).Value;
        var definition = table.FindColumn(column)!;
        return value switch
        {
            int choice when definition.IsChoice => new OptionSetValue(choice),
            string text when definition.IsLookup && Guid.TryParse(text, out var id) => new EntityReference(definition.Targets.FirstOrDefault() ?? string.Empty, id),
            Guid id when definition.IsLookup => new EntityReference(definition.Targets.FirstOrDefault() ?? string.Empty, id),
            _ => value,
        };
    }

    private static Guid? AsGuid(object? value) => value switch
    {
        Guid id => id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => null,
    };
}
