using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Sdk.Tests.Xrm.Query;

[TestClass]
public sealed class QueryExpressionTests
{
    [TestMethod]
    public void A_new_query_asks_for_no_columns_filters_nothing_and_has_paging_info()
    {
        var query = new QueryExpression("scrm_mention");

        Assert.AreEqual("scrm_mention", query.EntityName);
        Assert.IsFalse(query.ColumnSet.AllColumns);
        Assert.IsEmpty(query.ColumnSet.Columns);
        Assert.AreEqual(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.IsEmpty(query.Criteria.Conditions);
        Assert.IsEmpty(query.LinkEntities);
        Assert.IsEmpty(query.Orders);
        Assert.IsNotNull(query.PageInfo);
        Assert.IsNull(query.TopCount);
    }

    [TestMethod]
    public void AddLink_joins_from_the_querys_table_and_returns_the_link_to_configure()
    {
        var query = new QueryExpression("scrm_mention");

        var author = query.AddLink("scrm_socialprofile", "scrm_authorprofileid", "scrm_socialprofileid", JoinOperator.LeftOuter);
        author.EntityAlias = "author";
        author.Columns.AddColumns("scrm_handle", "scrm_followers");
        author.LinkCriteria.AddCondition("scrm_blocked", ConditionOperator.Equal, false);

        Assert.AreSame(author, query.LinkEntities.Single());
        Assert.AreEqual("scrm_mention", author.LinkFromEntityName);
        Assert.AreEqual("scrm_socialprofile", author.LinkToEntityName);
        Assert.AreEqual("scrm_authorprofileid", author.LinkFromAttributeName);
        Assert.AreEqual("scrm_socialprofileid", author.LinkToAttributeName);
        Assert.AreEqual(JoinOperator.LeftOuter, author.JoinOperator);
        CollectionAssert.AreEqual(new[] { "scrm_handle", "scrm_followers" }, author.Columns.Columns.ToArray());
    }

    [TestMethod]
    public void A_link_without_a_join_operator_is_an_inner_join()
    {
        var link = new QueryExpression("scrm_mention").AddLink("scrm_conversation", "scrm_conversationid", "scrm_conversationid");

        Assert.AreEqual(JoinOperator.Inner, link.JoinOperator);
    }

    [TestMethod]
    public void A_nested_link_joins_from_the_table_of_its_parent_link()
    {
        var profile = new QueryExpression("scrm_mention").AddLink("scrm_socialprofile", "scrm_authorprofileid", "scrm_socialprofileid");

        var contact = profile.AddLink("contact", "scrm_contactid", "contactid");

        Assert.AreEqual("scrm_socialprofile", contact.LinkFromEntityName);
        Assert.AreSame(contact, profile.LinkEntities.Single());
    }

    [TestMethod]
    public void Orders_keep_the_order_they_were_added_in()
    {
        var query = new QueryExpression("scrm_mention");

        query.AddOrder("scrm_postedon", OrderType.Descending);
        query.AddOrder("subject", OrderType.Ascending);

        CollectionAssert.AreEqual(new[] { "scrm_postedon", "subject" }, query.Orders.Select(o => o.AttributeName).ToArray());
        Assert.AreEqual(OrderType.Descending, query.Orders[0].OrderType);
    }

    [TestMethod]
    public void Paging_and_top_count_are_set_on_the_query()
    {
        var query = new QueryExpression("scrm_mention") { TopCount = 50, Distinct = true, NoLock = true };
        query.PageInfo.Count = 250;
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = "<cookie page=\"1\" />";

        Assert.AreEqual(50, query.TopCount);
        Assert.AreEqual(2, query.PageInfo.PageNumber);
        Assert.AreEqual(250, query.PageInfo.Count);
        Assert.IsTrue(query.Distinct && query.NoLock);
    }

    [TestMethod]
    public void ColumnSet_takes_columns_at_construction_and_later()
    {
        var columns = new ColumnSet("subject", "scrm_platform");
        columns.AddColumn("scrm_postedon");

        CollectionAssert.AreEqual(new[] { "subject", "scrm_platform", "scrm_postedon" }, columns.Columns.ToArray());
        Assert.IsTrue(new ColumnSet(true).AllColumns);
    }
}
