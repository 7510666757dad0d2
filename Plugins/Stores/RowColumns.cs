using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// The columns of the row a store is about to send, gathered first and added to the row in one
/// <c>AddRange</c>, so its attribute collection is sized once instead of growing as columns are set one by one (a
/// batch's profiles and conversations are over a thousand rows of up to twenty columns). One per store, which lives
/// for one execution; each row empties it.
/// </summary>
internal sealed class RowColumns
{
    // Counts, scores (0..100) and flags are most of a row's whole numbers: each is boxed once per store, not once per
    // row, and rows share the box (a boxed value never changes).
    private const int SmallNumbers = 256;
    private readonly object?[] _smallNumbers = new object?[SmallNumbers];
    private readonly object _true = true;
    private readonly object _false = false;

    private readonly List<KeyValuePair<string, object?>> _columns;

    public RowColumns(int capacity = 24)
    {
        _columns = new List<KeyValuePair<string, object?>>(capacity);
    }

    /// <summary>How many columns the row has so far.</summary>
    public int Count => _columns.Count;

    /// <summary>Adds the column; a column is set once per row.</summary>
    public void Set(string column, object? value) => _columns.Add(new KeyValuePair<string, object?>(column, value));

    /// <summary>
    /// Sets the column, or leaves it out when the value is null and <paramref name="withEmpty"/> is false: for a new
    /// row, whose columns start empty, never for an update, where a null clears the column.
    /// </summary>
    public void Set(string column, object? value, bool withEmpty)
    {
        if (value != null || withEmpty)
        {
            Set(column, value);
        }
    }

    /// <summary>The value as a column holds it, boxed once per store when it is small.</summary>
    public object? Boxed(int? value) =>
        !value.HasValue ? null
        : value.Value >= 0 && value.Value < SmallNumbers ? _smallNumbers[value.Value] ??= value.Value
        : value.Value;

    /// <summary>The value as a column holds it, boxed once per store.</summary>
    public object Boxed(bool value) => value ? _true : _false;

    /// <summary>A new row of <paramref name="table"/> with the columns gathered.</summary>
    public Entity NewRow(string table) => Fill(new Entity(table));

    /// <summary>The row <paramref name="id"/> of <paramref name="table"/> with the columns gathered.</summary>
    public Entity Row(string table, Guid id) => Fill(new Entity(table, id));

    /// <summary>
    /// Sets the columns gathered on <paramref name="row"/>, which has columns already: those it has are replaced in
    /// place, the others added in one <c>AddRange</c>, in the order they were gathered.
    /// </summary>
    public void SetOn(Entity row)
    {
        var added = 0;
        for (var index = 0; index < _columns.Count; index++)
        {
            var column = _columns[index];
            if (row.Attributes.Contains(column.Key))
            {
                row[column.Key] = column.Value;
            }
            else
            {
                _columns[added++] = column;
            }
        }

        _columns.RemoveRange(added, _columns.Count - added);
        Fill(row);
    }

    private Entity Fill(Entity row)
    {
        row.Attributes.AddRange(_columns!);
        _columns.Clear();
        return row;
    }
}
