using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// Where rows live. Every method takes or returns whole batches so that a request of a thousand rows costs a handful
/// of statements; every query runs in the store, never over rows loaded into memory. Values handed in have been
/// validated against metadata already.
/// </summary>
public interface IRecordStore : IDisposable
{
    /// <summary>How many reading statements (SELECTs) the store has run: what a batch must not multiply by its size.</summary>
    long QueryCount { get; }

    /// <summary>Creates or extends the physical tables for <paramref name="tables"/>.</summary>
    void EnsureSchema(IEnumerable<TableDefinition> tables);

    /// <summary>
    /// Whether a read on a connection of its own sees the last committed state while a write is in progress (a WAL
    /// file); when false (memory), readers must not run during a write.
    /// </summary>
    bool ReadsBesideWriter { get; }

    /// <summary>Runs <paramref name="read"/> against a read-only connection of its own, outside any transaction.</summary>
    T Read<T>(Func<IRecordStore, T> read);

    /// <summary>Starts a transaction; one at a time.</summary>
    IStoreTransaction BeginTransaction();

    /// <summary>Reserves <paramref name="count"/> consecutive row versions and returns the first.</summary>
    long ReserveVersions(int count);

    /// <summary>Inserts complete rows; a duplicate primary or alternate key fails with Dataverse's DuplicateRecord fault.</summary>
    void Insert(TableDefinition table, IReadOnlyList<Entity> rows);

    /// <summary>Writes the columns each row carries to the row with its id; returns how many rows existed.</summary>
    int Update(TableDefinition table, IReadOnlyList<Entity> rows);

    /// <summary>Deletes rows by id; returns how many existed.</summary>
    int Delete(TableDefinition table, IReadOnlyCollection<Guid> ids);

    /// <summary>Empties <paramref name="column"/> (a lookup) wherever it points to one of <paramref name="ids"/>; returns how many rows changed.</summary>
    int ClearReferences(TableDefinition table, string column, IReadOnlyCollection<Guid> ids);

    /// <summary>The rows with these ids (in no particular order), with the requested columns; missing ids are left out.</summary>
    IReadOnlyList<Entity> Retrieve(TableDefinition table, IReadOnlyCollection<Guid> ids, ColumnSet columns);

    /// <summary>Those of <paramref name="ids"/> that name a row of <paramref name="table"/>: what a lookup's check needs, without reading the rows.</summary>
    IReadOnlySet<Guid> Existing(TableDefinition table, IReadOnlyCollection<Guid> ids);

    /// <summary>Whether <paramref name="id"/> names a row of <paramref name="table"/>: a single write's check of its row or of a lookup, with no set to build.</summary>
    bool Exists(TableDefinition table, Guid id);

    /// <summary>For each set of key values (by position), the id of the row that has them, when one does.</summary>
    IReadOnlyDictionary<int, Guid> FindByKey(TableDefinition table, AlternateKeyDefinition key, IReadOnlyList<object?[]> keyValues);

    /// <summary>Runs a query expression as SQL.</summary>
    EntityCollection Query(QueryExpression query, QueryContext context);
}
