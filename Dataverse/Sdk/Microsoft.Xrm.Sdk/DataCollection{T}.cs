using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>List of SDK values (entities, references, columns, conditions). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-1</summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    // Copies rather than wraps the list, so adding to the collection never fails on a fixed-size array; the copy is
    // sized once when the count is known (a query's page of rows, a copied request's targets).
    internal DataCollection(IEnumerable<T> items)
        : base(new List<T>(items))
    {
    }

    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    public void AddRange(IEnumerable<T> items)
    {
        // A list is read by index: its enumerator through the interface is a boxed copy (a query's conditions, In values).
        // This collection itself is enumerated, so that adding it to itself fails as before instead of never ending.
        if (items is IList<T> list && !ReferenceEquals(list, this))
        {
            for (var index = 0; index < list.Count; index++)
            {
                Add(list[index]);
            }

            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
