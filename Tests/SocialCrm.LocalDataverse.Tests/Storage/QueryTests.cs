using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Storage;

[TestClass]
public sealed class QueryTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;

    [TestInitialize]
    public void Seed()
    {
        dataverse = Tables.Environment().WithClock(new FixedClock(Now)).Build();
        service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });
        Profile("ada", 1, 100, 0.9m, Now.AddDays(-1), contact);
        Profile("grace", 1, 50, -0.5m, Now.AddDays(-10), null);
        Profile("alan", 2, 10, 0.1m, Now.AddHours(-2), null);
        Profile("linus", 3, 0, null, null, null);
    }

    [TestCleanup]
    public void Dispose() => dataverse.Dispose();

    [TestMethod]
    [DataRow(ConditionOperator.Equal, new object[] { "ADA" }, new[] { "ada" }, DisplayName = "Equal ignores case")]
    [DataRow(ConditionOperator.NotEqual, new object[] { "ada" }, new[] { "alan", "grace", "linus" }, DisplayName = "NotEqual")]
    [DataRow(ConditionOperator.In, new object[] { "ada", "alan" }, new[] { "ada", "alan" }, DisplayName = "In")]
    [DataRow(ConditionOperator.NotIn, new object[] { "ada", "alan" }, new[] { "grace", "linus" }, DisplayName = "NotIn")]
    [DataRow(ConditionOperator.Like, new object[] { "a%" }, new[] { "ada", "alan" }, DisplayName = "Like")]
    [DataRow(ConditionOperator.BeginsWith, new object[] { "gr" }, new[] { "grace" }, DisplayName = "BeginsWith")]
    [DataRow(ConditionOperator.EndsWith, new object[] { "us" }, new[] { "linus" }, DisplayName = "EndsWith")]
    [DataRow(ConditionOperator.Contains, new object[] { "la" }, new[] { "alan" }, DisplayName = "Contains")]
    [DataRow(ConditionOperator.DoesNotBeginWith, new object[] { "a" }, new[] { "grace", "linus" }, DisplayName = "DoesNotBeginWith")]
    public void Text_conditions_select_the_matching_rows(ConditionOperator op, object[] values, string[] expected)
    {
        CollectionAssert.AreEquivalent(expected, Handles(Query(new ConditionExpression("test_handle", op, values))));
    }

    [TestMethod]
    public void Long_in_lists_of_text_match_ignoring_case_as_short_ones_do()
    {
        var names = new object[] { "ADA", "Alan", "x' OR '1'='1" }.Concat(Enumerable.Range(0, 30).Select(i => (object)$"nobody{i}")).ToArray();
        var withEmoji = names.Append("nobody \U0001F600").ToArray();

        CollectionAssert.AreEquivalent(new[] { "ada", "alan" }, Handles(Query(new ConditionExpression("test_handle", ConditionOperator.In, names))));
        CollectionAssert.AreEquivalent(new[] { "grace", "linus" }, Handles(Query(new ConditionExpression("test_handle", ConditionOperator.NotIn, names))));
        CollectionAssert.AreEquivalent(new[] { "ada", "alan" }, Handles(Query(new ConditionExpression("test_handle", ConditionOperator.In, withEmoji))));
    }

    [TestMethod]
    public void Long_in_lists_of_numbers_choices_and_ids_select_the_matching_rows()
    {
        var contact = service.RetrieveMultiple(new QueryExpression("contact")).Entities.Single().Id;
        var followers = new object[] { 50, 100 }.Concat(Enumerable.Range(1000, 30).Cast<object>()).ToArray();
        var networks = new object[] { new OptionSetValue(2), 3 }.Concat(Enumerable.Range(10, 30).Cast<object>()).ToArray();
        var contacts = new object[] { contact }.Concat(Enumerable.Range(0, 30).Select(_ => (object)Guid.NewGuid())).ToArray();

        CollectionAssert.AreEquivalent(new[] { "ada", "grace" }, Handles(Query(new ConditionExpression("test_followers", ConditionOperator.In, followers))));
        CollectionAssert.AreEquivalent(new[] { "alan", "linus" }, Handles(Query(new ConditionExpression("test_network", ConditionOperator.In, networks))));
        CollectionAssert.AreEquivalent(new[] { "ada" }, Handles(Query(new ConditionExpression("test_contactid", ConditionOperator.In, contacts))));
    }

    [TestMethod]
    public void A_query_sent_again_with_other_values_returns_the_rows_of_the_new_values()
    {
        // The same shape of query runs on one compiled statement: each run must bind its own values, long lists too.
        var longList = Enumerable.Range(0, 30).Select(i => (object)$"nobody{i}").ToArray();
        CollectionAssert.AreEquivalent(new[] { "ada" }, Handles(Query(new ConditionExpression("test_followers", ConditionOperator.GreaterThan, 50))));
        CollectionAssert.AreEquivalent(new[] { "ada", "grace", "alan" }, Handles(Query(new ConditionExpression("test_followers", ConditionOperator.GreaterThan, 5))));
        CollectionAssert.AreEquivalent(new[] { "grace" }, Handles(Query(new ConditionExpression("test_handle", ConditionOperator.In, longList.Append("GRACE").ToArray()))));
        CollectionAssert.AreEquivalent(new[] { "linus" }, Handles(Query(new ConditionExpression("test_handle", ConditionOperator.In, longList.Append("linus").ToArray()))));
    }

    [TestMethod]
    [DataRow(ConditionOperator.GreaterThan, 50, new[] { "ada" }, DisplayName = "GreaterThan")]
    [DataRow(ConditionOperator.GreaterEqual, 50, new[] { "ada", "grace" }, DisplayName = "GreaterEqual")]
    [DataRow(ConditionOperator.LessThan, 10, new[] { "linus" }, DisplayName = "LessThan")]
    [DataRow(ConditionOperator.LessEqual, 10, new[] { "alan", "linus" }, DisplayName = "LessEqual")]
    public void Number_comparisons_select_the_matching_rows(ConditionOperator op, int value, string[] expected)
    {
        CollectionAssert.AreEquivalent(expected, Handles(Query(new ConditionExpression("test_followers", op, value))));
    }

    [TestMethod]
    public void Decimal_between_and_null_conditions_work()
    {
        CollectionAssert.AreEquivalent(new[] { "alan", "ada" }, Handles(Query(new ConditionExpression("test_score", ConditionOperator.Between, 0m, 1m))));
        CollectionAssert.AreEquivalent(new[] { "linus" }, Handles(Query(new ConditionExpression("test_score", ConditionOperator.Null))));
        Assert.AreEqual(3, Query(new ConditionExpression("test_score", ConditionOperator.NotNull)).Entities.Count);
    }

    [TestMethod]
    public void Choice_conditions_take_an_int_or_an_option_set_value()
    {
        CollectionAssert.AreEquivalent(new[] { "ada", "grace" }, Handles(Query(new ConditionExpression("test_network", ConditionOperator.Equal, 1))));
        CollectionAssert.AreEquivalent(new[] { "alan" }, Handles(Query(new ConditionExpression("test_network", ConditionOperator.Equal, new OptionSetValue(2)))));
    }

    [TestMethod]
    public void Lookup_conditions_take_a_guid()
    {
        var contact = service.RetrieveMultiple(new QueryExpression("contact")).Entities.Single().Id;

        CollectionAssert.AreEquivalent(new[] { "ada" }, Handles(Query(new ConditionExpression("test_contactid", ConditionOperator.Equal, contact))));
    }

    [TestMethod]
    [DataRow(ConditionOperator.LastXDays, 2, new[] { "ada", "alan" }, DisplayName = "LastXDays")]
    [DataRow(ConditionOperator.LastXHours, 3, new[] { "alan" }, DisplayName = "LastXHours")]
    [DataRow(ConditionOperator.OlderThanXDays, 5, new[] { "grace" }, DisplayName = "OlderThanXDays")]
    public void Relative_date_conditions_read_the_environment_clock(ConditionOperator op, int count, string[] expected)
    {
        CollectionAssert.AreEquivalent(expected, Handles(Query(new ConditionExpression("test_seenon", op, count))));
    }

    [TestMethod]
    public void On_and_today_compare_whole_days()
    {
        CollectionAssert.AreEquivalent(new[] { "ada" }, Handles(Query(new ConditionExpression("test_seenon", ConditionOperator.On, Now.AddDays(-1).Date.AddHours(23)))));
        CollectionAssert.AreEquivalent(new[] { "alan" }, Handles(Query(new ConditionExpression("test_seenon", ConditionOperator.Today))));
    }

    [TestMethod]
    public void Or_filters_and_nested_filters_combine()
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition("test_handle", ConditionOperator.Equal, "linus");
        var both = query.Criteria.AddFilter(LogicalOperator.And);
        both.AddCondition("test_network", ConditionOperator.Equal, 1);
        both.AddCondition("test_followers", ConditionOperator.LessThan, 60);

        CollectionAssert.AreEquivalent(new[] { "grace", "linus" }, Handles(service.RetrieveMultiple(query)));
    }

    [TestMethod]
    public void Orders_sort_the_rows()
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        query.AddOrder("test_network", OrderType.Descending);
        query.AddOrder("test_handle", OrderType.Ascending);

        CollectionAssert.AreEqual(new[] { "linus", "alan", "ada", "grace" }, Handles(service.RetrieveMultiple(query)));
    }

    [TestMethod]
    public void Paging_returns_pages_in_order_and_says_when_more_remain()
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1, ReturnTotalRecordCount = true } };
        query.AddOrder("test_handle", OrderType.Ascending);

        var first = service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = service.RetrieveMultiple(query);

        CollectionAssert.AreEqual(new[] { "ada", "alan", "grace" }, Handles(first));
        Assert.IsTrue(first.MoreRecords);
        Assert.AreEqual(4, first.TotalRecordCount);
        CollectionAssert.AreEqual(new[] { "linus" }, Handles(second));
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    public void Rows_without_an_order_come_in_primary_key_order_on_one_page_or_several()
    {
        for (var i = 0; i < 40; i++)
        {
            service.Create(new Entity(Tables.Profile, Guid.NewGuid()) { ["test_handle"] = $"extra{i}" });
        }

        var byText = service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Select(e => e.Id.ToString("D")).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var onePage = service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") });
        var paged = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle"), PageInfo = new PagingInfo { Count = 30, PageNumber = 1 } };
        var first = service.RetrieveMultiple(paged);
        paged.PageInfo.PageNumber = 2;
        var second = service.RetrieveMultiple(paged);

        CollectionAssert.AreEqual(byText, onePage.Entities.Select(e => e.Id.ToString("D")).ToList());
        CollectionAssert.AreEqual(byText, first.Entities.Concat(second.Entities).Select(e => e.Id.ToString("D")).ToList());
        Assert.IsTrue(first.MoreRecords);
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    public void Top_count_limits_the_rows()
    {
        var query = new QueryExpression(Tables.Profile) { TopCount = 2 };

        Assert.AreEqual(2, service.RetrieveMultiple(query).Entities.Count);
    }

    [TestMethod]
    public void Linked_columns_come_back_as_aliased_values_and_link_criteria_filter()
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        var link = query.AddLink("contact", "test_contactid", "contactid");
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");
        link.LinkCriteria.AddCondition("lastname", ConditionOperator.Equal, "Lovelace");

        var row = service.RetrieveMultiple(query).Entities.Single();

        Assert.AreEqual("ada", row["test_handle"]);
        Assert.AreEqual("Ada Lovelace", row.GetAttributeValue<AliasedValue>("c.fullname").Value);
    }

    [TestMethod]
    public void An_outer_link_keeps_rows_without_a_match_and_conditions_can_name_the_link()
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        query.AddLink("contact", "test_contactid", "contactid", JoinOperator.LeftOuter).EntityAlias = "c";
        query.Criteria.AddCondition("c", "contactid", ConditionOperator.Null);

        CollectionAssert.AreEquivalent(new[] { "alan", "grace", "linus" }, Handles(service.RetrieveMultiple(query)));
    }

    [TestMethod]
    public void Query_by_attribute_matches_every_attribute()
    {
        var query = new QueryByAttribute(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        query.AddAttributeValue("test_network", 1);
        query.AddAttributeValue("test_followers", 50);

        CollectionAssert.AreEqual(new[] { "grace" }, Handles(service.RetrieveMultiple(query)));
    }

    [TestMethod]
    public void A_condition_on_an_unknown_column_fails_as_in_Dataverse()
    {
        Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => Query(new ConditionExpression("test_nope", ConditionOperator.Equal, 1)));
    }

    [TestMethod]
    public void An_operator_LocalDataverse_does_not_translate_fails_rather_than_being_ignored()
    {
        Faults.Expect(ErrorCodes.QueryBuilderInvalidConditionOperator, () => Query(new ConditionExpression("test_seenon", ConditionOperator.InFiscalYear, 2026)));
    }

    [TestMethod]
    public void Values_reach_the_store_as_parameters_not_as_sql()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Handles(Query(new ConditionExpression("test_handle", ConditionOperator.Equal, "x' OR '1'='1"))));
    }

    private EntityCollection Query(ConditionExpression condition)
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") };
        query.Criteria.AddCondition(condition);
        return service.RetrieveMultiple(query);
    }

    private static string[] Handles(EntityCollection rows) => rows.Entities.Select(e => e.GetAttributeValue<string>("test_handle")).ToArray();

    private void Profile(string handle, int network, int followers, decimal? score, DateTime? seenOn, Guid? contact) =>
        service.Create(new Entity(Tables.Profile)
        {
            ["test_handle"] = handle,
            ["test_network"] = new OptionSetValue(network),
            ["test_followers"] = followers,
            ["test_score"] = score,
            ["test_seenon"] = seenOn,
            ["test_contactid"] = contact is Guid id ? new EntityReference("contact", id) : null,
        });
}
