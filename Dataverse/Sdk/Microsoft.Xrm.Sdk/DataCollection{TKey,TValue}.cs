using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Keyed collection behind attributes, parameters, images and formatted values. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2</summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
{
    private readonly Dictionary<TKey, TValue> items = new Dictionary<TKey, TValue>();

    internal DataCollection()
    {
    }

    /// <remarks>Reading a missing key throws KeyNotFoundException; writing one adds it.</remarks>
    public virtual TValue this[TKey key]
    {
        get => items[key];
        set => items[key] = value;
    }

    public int Count => items.Count;

    public bool IsReadOnly => false;

    public ICollection<TKey> Keys => items.Keys;

    public ICollection<TValue> Values => items.Values;

    public void Add(TKey key, TValue value) => items.Add(key, value);

    public void Add(KeyValuePair<TKey, TValue> item) => items.Add(item.Key, item.Value);

    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void Clear() => items.Clear();

    public bool Contains(TKey key) => items.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> key) => ((ICollection<KeyValuePair<TKey, TValue>>)items).Contains(key);

    public bool ContainsKey(TKey key) => items.ContainsKey(key);

    public bool Remove(TKey key) => items.Remove(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)items).Remove(item);

    public bool TryGetValue(TKey key, out TValue value) => items.TryGetValue(key, out value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => ((ICollection<KeyValuePair<TKey, TValue>>)items).CopyTo(array, index);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
