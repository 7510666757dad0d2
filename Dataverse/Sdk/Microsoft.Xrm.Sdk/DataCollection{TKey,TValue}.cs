using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Keyed collection behind attributes, parameters, images and formatted values. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2</summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    // Made on the first write: every Entity carries four of these collections and every EntityReference one, and most
    // of them (formatted values, related entities, key attributes) stay empty.
    private Dictionary<TKey, TValue> items;

    internal DataCollection()
    {
    }

    /// <remarks>Reading a missing key throws KeyNotFoundException; writing one adds it.</remarks>
    public virtual TValue this[TKey key]
    {
        get => Items[key];
        set => Items[key] = value;
    }

    public int Count => items?.Count ?? 0;

    public bool IsReadOnly => false;

    public ICollection<TKey> Keys => Items.Keys;

    public ICollection<TValue> Values => Items.Values;

    private Dictionary<TKey, TValue> Items => items ??= new Dictionary<TKey, TValue>();

    public void Add(TKey key, TValue value) => Items.Add(key, value);

    public void Add(KeyValuePair<TKey, TValue> item) => Items.Add(item.Key, item.Value);

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
#if NET
        // Sized once when the count is known, rather than grown entry by entry.
        if (items is ICollection<KeyValuePair<TKey, TValue>> { Count: > 0 } known)
        {
            Items.EnsureCapacity(Count + known.Count);
        }
#endif
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void Clear() => items?.Clear();

    public bool Contains(TKey key) => ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => items is not null && ((ICollection<KeyValuePair<TKey, TValue>>)items).Contains(key);

    public bool ContainsKey(TKey key) => items is not null ? items.ContainsKey(key) : Absent(key);

    public bool Remove(TKey key) => items is not null ? items.Remove(key) : Absent(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => items is not null && ((ICollection<KeyValuePair<TKey, TValue>>)items).Remove(item);

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (items is not null)
        {
            return items.TryGetValue(key, out value);
        }

        value = default;
        return Absent(key);
    }

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => ((ICollection<KeyValuePair<TKey, TValue>>)Items).CopyTo(array, index);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() =>
        items is not null ? items.GetEnumerator() : ((IEnumerable<KeyValuePair<TKey, TValue>>)Array.Empty<KeyValuePair<TKey, TValue>>()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

#if NET
    // LocalDataverse's copies and writes (a friend assembly, see the project file) know how many entries a collection
    // will hold and read every entry of the rows they handle; these internals spare them the growing dictionary and the
    // enumerator GetEnumerator boxes. The public surface stays Microsoft's.

    /// <summary>Room for <paramref name="capacity"/> entries in all, so adding up to that many grows nothing.</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > 0)
        {
            Items.EnsureCapacity(capacity);
        }
    }

    /// <summary>Adds entries the collection does not have, sized once.</summary>
    internal void AddEntries(ReadOnlySpan<KeyValuePair<TKey, TValue>> entries)
    {
        if (entries.IsEmpty)
        {
            return;
        }

        var dictionary = Items;
        dictionary.EnsureCapacity(dictionary.Count + entries.Length);
        foreach (var entry in entries)
        {
            dictionary.Add(entry.Key, entry.Value);
        }
    }

    /// <summary>The entries, for a foreach that allocates nothing.</summary>
    internal Entries Unboxed => new(items);

    internal readonly struct Entries
    {
        private readonly Dictionary<TKey, TValue> items;

        public Entries(Dictionary<TKey, TValue> items)
        {
            this.items = items;
        }

        public Enumerator GetEnumerator() => new(items);
    }

    internal struct Enumerator
    {
        private readonly bool any;
        private Dictionary<TKey, TValue>.Enumerator entries;

        public Enumerator(Dictionary<TKey, TValue> items)
        {
            any = items is not null;
            entries = items is not null ? items.GetEnumerator() : default;
        }

        public readonly KeyValuePair<TKey, TValue> Current => entries.Current;

        public bool MoveNext() => any && entries.MoveNext();
    }
#endif

    // An empty collection answers as the empty dictionary would, a null key included.
    private static bool Absent(TKey key) => key is null ? throw new ArgumentNullException(nameof(key)) : false;
}
