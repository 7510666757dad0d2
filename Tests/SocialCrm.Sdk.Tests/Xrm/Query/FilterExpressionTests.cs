using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Sdk.Tests.Xrm.Query;

[TestClass]
public sealed class FilterExpressionTests
{
    [TestMethod]
    public void AddCondition_with_several_values_keeps_them_in_one_condition()
    {
        var filter = new FilterExpression();

        filter.AddCondition("scrm_platform", ConditionOperator.In, 1, 2, 3);

        var condition = filter.Conditions.Single();
        Assert.AreEqual("scrm_platform", condition.AttributeName);
        Assert.AreEqual(ConditionOperator.In, condition.Operator);
        CollectionAssert.AreEqual(new object[] { 1, 2, 3 }, condition.Values.ToArray());
    }

    [TestMethod]
    public void AddCondition_with_a_table_name_targets_a_linked_table()
    {
        var filter = new FilterExpression();

        filter.AddCondition("author", "scrm_blocked", ConditionOperator.Equal, true);

        Assert.AreEqual("author", filter.Conditions[0].EntityName);
    }

    [TestMethod]
    public void AddFilter_nests_a_child_filter_with_its_own_operator()
    {
        var filter = new FilterExpression(LogicalOperator.And);
        filter.AddCondition("statecode", ConditionOperator.Equal, 0);

        var either = filter.AddFilter(LogicalOperator.Or);
        either.AddCondition("scrm_sentimentscore", ConditionOperator.LessThan, -0.5);
        either.AddCondition("scrm_escalationkeyword", ConditionOperator.NotNull);

        Assert.AreSame(either, filter.Filters.Single());
        Assert.AreEqual(LogicalOperator.Or, either.FilterOperator);
        Assert.HasCount(2, either.Conditions);
        Assert.IsEmpty(either.Conditions[1].Values);
    }

    [TestMethod]
    public void A_condition_built_from_a_list_takes_each_item_as_a_value()
    {
        var ids = new List<Guid> { Guid.NewGuid(), Guid.NewGuid() };

        var condition = new ConditionExpression("scrm_socialprofileid", ConditionOperator.In, ids);

        CollectionAssert.AreEqual(ids, condition.Values.ToList());
    }

    [TestMethod]
    public void A_column_comparison_names_the_other_column_as_its_value()
    {
        var condition = new ConditionExpression("scrm_lastinboundon", ConditionOperator.GreaterThan, true, "scrm_lastoutboundon");

        Assert.IsTrue(condition.CompareColumns);
        Assert.AreEqual("scrm_lastoutboundon", condition.Values.Single());
    }
}
