using System;
using System.Buffers;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// The columns of an entity copied into a pooled array, to be gone through: a foreach over an AttributeCollection boxes
/// its dictionary's enumerator (DataCollection's GetEnumerator returns the interface, as Microsoft's does), and a single
/// write goes through its row's columns four times. Lives for one walk, on the stack; Dispose gives the array back.
/// </summary>
internal ref struct AttributeWalk
{
    private KeyValuePair<string, object>[]? rented;
    private readonly int count;

    public AttributeWalk(AttributeCollection attributes)
    {
        count = attributes.Count;
        if (count > 0)
        {
            rented = ArrayPool<KeyValuePair<string, object>>.Shared.Rent(count);
            attributes.CopyTo(rented, 0);
        }
    }

    public readonly ReadOnlySpan<KeyValuePair<string, object>>.Enumerator GetEnumerator() =>
        new ReadOnlySpan<KeyValuePair<string, object>>(rented, 0, count).GetEnumerator();

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<KeyValuePair<string, object>>.Shared.Return(rented, clearArray: true);
            rented = null;
        }
    }
}
