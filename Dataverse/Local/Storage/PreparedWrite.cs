using System;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Storage;

/// <summary>
/// The prepared INSERT or UPDATE of one table and shape of row, with the columns it binds in order. An UPDATE that sets
/// both indexed and other columns writes the indexed ones with a statement of their own (<see cref="IndexedColumns"/>),
/// run first, that changes the row only when one of them differs from what is stored.
/// </summary>
internal sealed class PreparedWrite : IDisposable
{
    public PreparedWrite(RowStatement statement, ColumnDefinition[] columns, PreparedWrite? indexedColumns = null)
    {
        Statement = statement;
        Columns = columns;
        IndexedColumns = indexedColumns;
    }

    public RowStatement Statement { get; }

    public ColumnDefinition[] Columns { get; }

    /// <summary>The write of an update's indexed columns, when it has both kinds; null otherwise.</summary>
    public PreparedWrite? IndexedColumns { get; }

    public void Dispose()
    {
        Statement.Dispose();
        IndexedColumns?.Dispose();
    }
}
