using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

/// <summary>
/// A row's columns answer as the dictionary behind Microsoft's DataCollection does, though ours keeps them in an array:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.datacollection-2 and the IDictionary behaviour it follows.
/// </summary>
[TestClass]
public sealed class AttributeCollectionTests
{
    [TestMethod]
    public void Columns_come_back_in_the_order_they_were_set_and_a_removed_one_is_gone()
    {
        var columns = Columns(40);
        columns.Remove("column7");
        columns["column7"] = 7;

        var expected = Enumerable.Range(0, 40).Where(i => i != 7).Append(7).Select(i => "column" + i).ToList();
        CollectionAssert.AreEqual(expected, columns.Select(c => c.Key).ToList());
        CollectionAssert.AreEqual(expected, columns.Keys.ToList());
        CollectionAssert.AreEqual(expected.Select(name => (object)int.Parse(name["column".Length..])).ToList(), columns.Values.ToList());
    }

    [TestMethod]
    public void Every_column_of_a_wide_row_is_found_and_a_missing_one_is_not()
    {
        var columns = Columns(100);

        for (var i = 0; i < 100; i++)
        {
            Assert.IsTrue(columns.TryGetValue("column" + i, out var value));
            Assert.AreEqual(i, value);
        }

        Assert.IsFalse(columns.ContainsKey("column100"));
        Assert.IsFalse(columns.TryGetValue("Column1", out _), "names are compared ordinally, case included");
        Assert.ThrowsExactly<KeyNotFoundException>(() => columns["column100"]);
    }

    [TestMethod]
    public void Adding_a_column_twice_throws_and_setting_it_replaces_its_value_in_place()
    {
        var columns = Columns(3);

        Assert.ThrowsExactly<ArgumentException>(() => columns.Add("column1", 10));
        columns["column1"] = 10;

        Assert.AreEqual(3, columns.Count);
        CollectionAssert.AreEqual(new object[] { 0, 10, 2 }, columns.Values.ToList());
    }

    [TestMethod]
    public void Columns_added_from_a_list_keep_its_order_and_a_repeated_name_stops_the_range_there()
    {
        var columns = Columns(2);
        columns.AddRange(new List<KeyValuePair<string, object>> { new("a", 1), new("b", 2) });
        columns.AddRange(new KeyValuePair<string, object>("c", 3), new KeyValuePair<string, object>("d", 4));

        CollectionAssert.AreEqual(new[] { "column0", "column1", "a", "b", "c", "d" }, columns.Keys.ToList());
        Assert.ThrowsExactly<ArgumentException>(() => columns.AddRange(new List<KeyValuePair<string, object>> { new("e", 5), new("a", 6), new("f", 7) }));
        CollectionAssert.AreEqual(new[] { "column0", "column1", "a", "b", "c", "d", "e" }, columns.Keys.ToList());
        Assert.AreEqual(1, columns["a"]);
    }

    [TestMethod]
    public void A_list_of_values_added_from_a_list_keeps_its_order_and_adding_it_to_itself_fails()
    {
        var columns = new Microsoft.Xrm.Sdk.Query.ColumnSet("a");
        columns.Columns.AddRange(new List<string> { "b", "c" });

        CollectionAssert.AreEqual(new[] { "a", "b", "c" }, columns.Columns.ToList());
        Assert.ThrowsExactly<InvalidOperationException>(() => columns.Columns.AddRange(columns.Columns));
    }

    [TestMethod]
    public void A_null_name_is_refused_by_every_lookup()
    {
        var empty = new AttributeCollection();
        var columns = Columns(2);

        foreach (var collection in new[] { empty, columns })
        {
            Assert.ThrowsExactly<ArgumentNullException>(() => collection.ContainsKey(null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => collection.TryGetValue(null!, out _));
            Assert.ThrowsExactly<ArgumentNullException>(() => collection.Remove(null!));
            Assert.ThrowsExactly<ArgumentNullException>(() => collection[null!] = 1);
        }
    }

    [TestMethod]
    public void Adding_or_removing_a_column_while_enumerating_fails_but_replacing_a_value_does_not()
    {
        var columns = Columns(3);

        Assert.ThrowsExactly<InvalidOperationException>(() =>
        {
            foreach (var column in columns)
            {
                columns["added"] = 1;
            }
        });
        Assert.ThrowsExactly<InvalidOperationException>(() =>
        {
            foreach (var column in columns)
            {
                columns.Remove(column.Key);
            }
        });
        foreach (var column in columns.ToList())
        {
            columns[column.Key] = "replaced";
        }

        Assert.IsTrue(columns.All(c => Equals(c.Value, "replaced")));
    }

    [TestMethod]
    public void Keys_and_values_are_live_read_only_views()
    {
        var columns = Columns(2);
        var keys = columns.Keys;
        var values = columns.Values;
        columns["later"] = "x";

        Assert.HasCount(3, keys);
        Assert.IsTrue(keys.Contains("later"));
        Assert.IsTrue(values.Contains("x"));
        Assert.IsTrue(keys.IsReadOnly);
        Assert.ThrowsExactly<NotSupportedException>(() => keys.Add("more"));
        Assert.ThrowsExactly<NotSupportedException>(() => values.Clear());
    }

    [TestMethod]
    public void CopyTo_fills_from_the_index_and_refuses_an_array_too_short()
    {
        var columns = Columns(3);
        var array = new KeyValuePair<string, object>[5];

        columns.CopyTo(array, 2);

        Assert.AreEqual("column0", array[2].Key);
        Assert.AreEqual(2, array[4].Value);
        Assert.ThrowsExactly<ArgumentException>(() => columns.CopyTo(new KeyValuePair<string, object>[3], 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => columns.CopyTo(array, -1));
    }

    [TestMethod]
    public void A_pair_is_contained_or_removed_only_with_its_value()
    {
        var columns = Columns(2);

        Assert.IsTrue(columns.Contains(new KeyValuePair<string, object>("column1", 1)));
        Assert.IsFalse(columns.Contains(new KeyValuePair<string, object>("column1", 2)));
        Assert.IsFalse(columns.Remove(new KeyValuePair<string, object>("column1", 2)));
        Assert.IsTrue(columns.Remove(new KeyValuePair<string, object>("column1", 1)));
        Assert.AreEqual(1, columns.Count);
    }

    [TestMethod]
    public void Cleared_columns_can_be_set_again()
    {
        var columns = Columns(5);

        columns.Clear();
        columns["column3"] = 3;

        Assert.AreEqual(1, columns.Count);
        Assert.AreEqual(3, columns["column3"]);
    }

    private static AttributeCollection Columns(int count)
    {
        var columns = new AttributeCollection();
        for (var i = 0; i < count; i++)
        {
            columns["column" + i] = i;
        }

        return columns;
    }
}
