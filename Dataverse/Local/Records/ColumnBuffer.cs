using System;
using System.Buffers;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// The columns of a row being built, gathered before they go into the row in one AddRange, which sizes its
/// AttributeCollection once: set one by one, the collection's dictionary grows from 3 entries and copies itself at 7,
/// 17 and 37, which made up a large share of what a plug-in's single write allocated. Lives for one row, on the stack.
/// </summary>
internal struct ColumnBuffer
{
    private KeyValuePair<string, object>[] columns;
    private int count;

    public ColumnBuffer(int capacity)
    {
        columns = ArrayPool<KeyValuePair<string, object>>.Shared.Rent(capacity);
        count = 0;
    }

    /// <summary>Adds a column the buffer does not have yet.</summary>
    public void Add(string name, object? value)
    {
        if (count == columns.Length)
        {
            var larger = ArrayPool<KeyValuePair<string, object>>.Shared.Rent(count * 2);
            Array.Copy(columns, larger, count);
            ArrayPool<KeyValuePair<string, object>>.Shared.Return(columns, clearArray: true);
            columns = larger;
        }

        columns[count++] = new(name, value!);
    }

    /// <summary>Sets a column, replacing its value when the buffer has it.</summary>
    public void Set(string name, object? value)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            Add(name, value);
        }
        else
        {
            columns[index] = new(name, value!);
        }
    }

    /// <summary>The value of a column; null when the buffer does not have it (as Entity.GetAttributeValue reads it).</summary>
    public readonly object? Get(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : columns[index].Value;
    }

    public readonly bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Puts the columns into <paramref name="row"/> and gives the buffer back; the buffer is not used again.</summary>
    public void MoveTo(Entity row)
    {
        row.Attributes.AddEntries(new ReadOnlySpan<KeyValuePair<string, object>>(columns, 0, count));
        ArrayPool<KeyValuePair<string, object>>.Shared.Return(columns, clearArray: true);
        columns = Array.Empty<KeyValuePair<string, object>>();
        count = 0;
    }

    private readonly int IndexOf(string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (columns[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }
}
