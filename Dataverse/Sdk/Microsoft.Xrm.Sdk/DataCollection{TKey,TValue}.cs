using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Keyed collection behind attributes, parameters, images and formatted values. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2</summary>
/// <remarks>
/// Answers as a dictionary does (a missing key read through the indexer throws KeyNotFoundException, Add of a present
/// key ArgumentException, a null key ArgumentNullException, a change while enumerating InvalidOperationException) but
/// keeps its entries in one array, in the order they were added, with their keys' hash codes in a second: a lookup
/// hashes its key once and searches the codes, which a row's tens of columns make as quick as a dictionary's buckets,
/// at 20 bytes an entry against a dictionary's 28 and its own object. Rows are the objects LocalDataverse makes most of.
/// </remarks>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    private static readonly IEqualityComparer<TKey> KeyComparer = EqualityComparer<TKey>.Default;

    // Made on the first write: every Entity carries four of these collections and every EntityReference one, and most
    // of them (formatted values, related entities, key attributes) stay empty.
    private KeyValuePair<TKey, TValue>[] entries;
    private int[] hashes;
    private int count;

    // Changed by every addition and removal, so an enumeration in progress fails as a dictionary's does.
    private int version;

    internal DataCollection()
    {
    }

    /// <remarks>Reading a missing key throws KeyNotFoundException; writing one adds it.</remarks>
    public virtual TValue this[TKey key]
    {
        get
        {
            var index = IndexOf(key, out _);
            return index >= 0 ? entries[index].Value : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
        }

        set
        {
            var index = IndexOf(key, out var hash);
            if (index >= 0)
            {
                entries[index] = new KeyValuePair<TKey, TValue>(key, value);
            }
            else
            {
                Append(key, value, hash);
            }
        }
    }

    public int Count => count;

    public bool IsReadOnly => false;

    /// <summary>A live, read-only view of the keys, in order.</summary>
    public ICollection<TKey> Keys => new KeyView(this);

    /// <summary>A live, read-only view of the values, in order.</summary>
    public ICollection<TValue> Values => new ValueView(this);

    public void Add(TKey key, TValue value)
    {
        if (IndexOf(key, out var hash) >= 0)
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        Append(key, value, hash);
    }

    public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        // Sized once when the count is known, rather than grown entry by entry; a list is read by index, since its
        // enumerator through the interface is a boxed copy, made for every row a caller fills from a list.
        if (items is IList<KeyValuePair<TKey, TValue>> list)
        {
            EnsureCapacity(count + list.Count);
            for (var index = 0; index < list.Count; index++)
            {
                Add(list[index]);
            }

            return;
        }

        if (items is ICollection<KeyValuePair<TKey, TValue>> { Count: > 0 } known)
        {
            EnsureCapacity(count + known.Count);
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void Clear()
    {
        if (count > 0)
        {
            Array.Clear(entries, 0, count);
            count = 0;
        }

        version++;
    }

    public bool Contains(TKey key) => ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key)
    {
        var index = IndexOf(key.Key, out _);
        return index >= 0 && EqualityComparer<TValue>.Default.Equals(entries[index].Value, key.Value);
    }

    public bool ContainsKey(TKey key) => IndexOf(key, out _) >= 0;

    public bool Remove(TKey key)
    {
        var index = IndexOf(key, out _);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        var index = IndexOf(item.Key, out _);
        if (index < 0 || !EqualityComparer<TValue>.Default.Equals(entries[index].Value, item.Value))
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var index = IndexOf(key, out _);
        value = index >= 0 ? entries[index].Value : default;
        return index >= 0;
    }

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
    {
        CheckCopyTo(array?.Length, index);
        if (count > 0)
        {
            Array.Copy(entries, 0, array!, index, count);
        }
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Room for <paramref name="capacity"/> entries in all, so adding up to that many grows nothing.</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > (entries?.Length ?? 0))
        {
            Resize(capacity);
        }
    }

    /// <summary>The entries, for a foreach that allocates nothing (GetEnumerator's interface result is a boxed copy).</summary>
    internal Entries Unboxed => new(this);

#if NET
    /// <summary>Adds entries the collection does not have, sized once.</summary>
    internal void AddEntries(ReadOnlySpan<KeyValuePair<TKey, TValue>> added)
    {
        EnsureCapacity(count + added.Length);
        foreach (var entry in added)
        {
            Add(entry.Key, entry.Value);
        }
    }
#endif

    private int IndexOf(TKey key, out int hash)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var text = key as string;
        hash = text is not null ? Hash(text) : KeyComparer.GetHashCode(key);
        for (var start = 0; start < count;)
        {
            var index = Array.IndexOf(hashes, hash, start, count - start);
            if (index < 0)
            {
                break;
            }

            if (text is not null ? string.Equals(text, (string)(object)entries[index].Key) : KeyComparer.Equals(entries[index].Key, key))
            {
                return index;
            }

            start = index + 1;
        }

        return -1;
    }

    // Only narrows the search, which compares the names themselves: a column name's length and two of its characters
    // tell apart the columns of a row, for a fraction of a full string hash.
    private static int Hash(string key) => key.Length == 0 ? 0 : (key.Length << 16) ^ (key[key.Length - 1] << 8) ^ key[key.Length / 2];

    private void Append(TKey key, TValue value, int hash)
    {
        if (entries is null || count == entries.Length)
        {
            Resize(count == 0 ? 4 : count * 2);
        }

        entries![count] = new KeyValuePair<TKey, TValue>(key, value);
        hashes[count] = hash;
        count++;
        version++;
    }

    private void RemoveAt(int index)
    {
        count--;
        if (index < count)
        {
            Array.Copy(entries, index + 1, entries, index, count - index);
            Array.Copy(hashes, index + 1, hashes, index, count - index);
        }

        entries[count] = default;
        version++;
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref entries, capacity);
        Array.Resize(ref hashes, capacity);
    }

    private void CheckCopyTo(int? length, int index)
    {
        if (length is not int arrayLength)
        {
            throw new ArgumentNullException("array");
        }

        if (index < 0 || index > arrayLength)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        }

        if (arrayLength - index < count)
        {
            throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
        }
    }

    internal readonly struct Entries
    {
        private readonly DataCollection<TKey, TValue> owner;

        public Entries(DataCollection<TKey, TValue> owner)
        {
            this.owner = owner;
        }

        public Enumerator GetEnumerator() => new(owner);
    }

    internal struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        private readonly DataCollection<TKey, TValue> owner;
        private readonly int version;
        private int next;

        public Enumerator(DataCollection<TKey, TValue> owner)
        {
            this.owner = owner;
            version = owner.version;
            next = 0;
            Current = default;
        }

        public KeyValuePair<TKey, TValue> Current { get; private set; }

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (version != owner.version)
            {
                throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            }

            if (next < owner.count)
            {
                Current = owner.entries[next++];
                return true;
            }

            Current = default;
            return false;
        }

        public void Reset()
        {
            this = new Enumerator(owner);
        }

        public void Dispose()
        {
        }
    }

    // The keys or values of the collection, read-only and live, as a dictionary's Keys and Values are.
    private abstract class View<T> : ICollection<T>
    {
        protected View(DataCollection<TKey, TValue> owner)
        {
            Owner = owner;
        }

        protected DataCollection<TKey, TValue> Owner { get; }

        public int Count => Owner.count;

        public bool IsReadOnly => true;

        public abstract bool Contains(T item);

        public void CopyTo(T[] array, int arrayIndex)
        {
            Owner.CheckCopyTo(array?.Length, arrayIndex);
            foreach (var entry in Owner.Unboxed)
            {
                array![arrayIndex++] = Select(entry);
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var entry in Owner.Unboxed)
            {
                yield return Select(entry);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void Add(T item) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        public bool Remove(T item) => throw ReadOnly();

        protected abstract T Select(KeyValuePair<TKey, TValue> entry);

        private static NotSupportedException ReadOnly() => new("Mutating a key collection derived from a dictionary is not allowed.");
    }

    private sealed class KeyView : View<TKey>
    {
        public KeyView(DataCollection<TKey, TValue> owner)
            : base(owner)
        {
        }

        public override bool Contains(TKey item) => Owner.ContainsKey(item);

        protected override TKey Select(KeyValuePair<TKey, TValue> entry) => entry.Key;
    }

    private sealed class ValueView : View<TValue>
    {
        public ValueView(DataCollection<TKey, TValue> owner)
            : base(owner)
        {
        }

        public override bool Contains(TValue item)
        {
            foreach (var entry in Owner.Unboxed)
            {
                if (EqualityComparer<TValue>.Default.Equals(entry.Value, item))
                {
                    return true;
                }
            }

            return false;
        }

        protected override TValue Select(KeyValuePair<TKey, TValue> entry) => entry.Value;
    }
}
