using System;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The prepared INSERT or UPDATE of one table and shape of row, with where each of the row's columns is bound, in the
/// row's own order: a row is bound as it is enumerated, without looking its columns up by name. An UPDATE that sets both
/// indexed and other columns writes the indexed ones with a statement of their own (<see cref="IndexedStatement"/>),
/// run first, that changes the row only when one of them differs from what is stored.
/// </summary>
internal sealed class PreparedWrite : IDisposable
{
    public PreparedWrite(RowStatement statement, ColumnSlot[] slots, RowStatement? indexedStatement = null)
    {
        Statement = statement;
        Slots = slots;
        IndexedStatement = indexedStatement;
    }

    public RowStatement Statement { get; }

    /// <summary>Where each column of the row (its primary key left out) is bound, in the row's order.</summary>
    public ColumnSlot[] Slots { get; }

    /// <summary>The write of an update's indexed columns, when it has both kinds; null otherwise.</summary>
    public RowStatement? IndexedStatement { get; }

    public void Dispose()
    {
        Statement.Dispose();
        IndexedStatement?.Dispose();
    }
}

/// <summary>A column of a prepared write: the statement and parameter (from 0) its value goes to; a lookup's table name goes to the next.</summary>
internal readonly record struct ColumnSlot(ColumnDefinition Column, RowStatement Statement, int Parameter);
