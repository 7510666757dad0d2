using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.FetchXml;

/// <summary>
/// Aggregate FetchXML: count, countcolumn (distinct), sum, avg, min, max, group-by on columns and on parts of dates,
/// ordered by alias. The date groupings are checked against the dates and figures of Microsoft's example.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// </summary>
[TestClass]
public sealed class FetchXmlAggregateTests
{
    private readonly FixedClock clock = new(new DateTime(2023, 3, 25, 10, 0, 0, DateTimeKind.Utc));
    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;

    [TestInitialize]
    public void Seed()
    {
        dataverse = Tables.Environment().WithClock(clock).Build();
        service = dataverse.GetOrganizationService();
        var ada = Profile("ada", 1, 100, 0.9m);
        var grace = Profile("grace", 1, 50, -0.5m);
        Profile("alan", 2, 10, 0.1m);
        Profile("linus", 3, 0, null);

        // Two posts by Ada and one by Grace on 25 March 2023, one by Ada on 27 August 2023, as in Microsoft's example.
        Post(ada, 2);
        Post(ada, 2);
        Post(grace, 0);
        clock.UtcNow = new DateTime(2023, 8, 27, 10, 0, 0, DateTimeKind.Utc);
        Post(ada, 2);
    }

    [TestCleanup]
    public void Dispose() => dataverse.Dispose();

    [TestMethod]
    public void Aggregates_grouped_by_a_choice_come_back_under_their_aliases_in_alias_order()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="test_profile">
                <attribute name="test_network" alias="network" groupby="true" />
                <attribute name="test_handle" alias="profiles" aggregate="count" />
                <attribute name="test_followers" alias="followers" aggregate="sum" />
                <attribute name="test_followers" alias="average" aggregate="avg" />
                <attribute name="test_score" alias="best" aggregate="max" />
                <attribute name="test_score" alias="worst" aggregate="min" />
                <order alias="followers" descending="true" />
              </entity>
            </fetch>
            """).Entities;

        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, rows.Select(r => ((OptionSetValue)Value(r, "network")!).Value).ToArray());
        CollectionAssert.AreEqual(new[] { 2, 1, 1 }, rows.Select(r => Value(r, "profiles")).ToArray());
        CollectionAssert.AreEqual(new[] { 150, 10, 0 }, rows.Select(r => Value(r, "followers")).ToArray());
        CollectionAssert.AreEqual(new[] { 75, 10, 0 }, rows.Select(r => Value(r, "average")).ToArray());
        Assert.AreEqual(0.9m, Value(rows[0], "best"));
        Assert.AreEqual(-0.5m, Value(rows[0], "worst"));
        Assert.IsFalse(rows[2].Contains("best"), "an aggregate over nothing but nulls has no value");
        Assert.AreEqual("test_followers", rows[0].GetAttributeValue<AliasedValue>("followers").AttributeLogicalName);
    }

    [TestMethod]
    public void Date_groupings_give_the_day_week_month_and_year_numbers_Dataverse_gives()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="test_post">
                <attribute name="activityid" alias="posts" aggregate="count" />
                <attribute name="createdon" alias="day" groupby="true" dategrouping="day" />
                <attribute name="createdon" alias="week" groupby="true" dategrouping="week" />
                <attribute name="createdon" alias="month" groupby="true" dategrouping="month" />
                <attribute name="createdon" alias="quarter" groupby="true" dategrouping="quarter" />
                <attribute name="createdon" alias="year" groupby="true" dategrouping="year" />
                <order alias="month" />
              </entity>
            </fetch>
            """).Entities;

        CollectionAssert.AreEqual(new object[] { 3, 25, 12, 3, 1, 2023 }, Values(rows[0], "posts", "day", "week", "month", "quarter", "year"));
        CollectionAssert.AreEqual(new object[] { 1, 27, 35, 8, 3, 2023 }, Values(rows[1], "posts", "day", "week", "month", "quarter", "year"));
    }

    [TestMethod]
    public void Distinct_countcolumn_counts_each_value_once_per_group()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="test_post">
                <attribute name="test_profileid" alias="authors" aggregate="countcolumn" distinct="true" />
                <attribute name="createdon" alias="month" groupby="true" dategrouping="month" />
                <order alias="month" />
              </entity>
            </fetch>
            """).Entities;

        CollectionAssert.AreEqual(new object[] { 2, 3 }, Values(rows[0], "authors", "month"));
        CollectionAssert.AreEqual(new object[] { 1, 8 }, Values(rows[1], "authors", "month"));
    }

    [TestMethod]
    public void Grouping_by_a_lookup_returns_its_reference()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="test_post">
                <attribute name="test_profileid" alias="author" groupby="true" />
                <attribute name="activityid" alias="posts" aggregate="count" />
                <order alias="posts" descending="true" />
              </entity>
            </fetch>
            """).Entities;

        var author = (EntityReference)Value(rows[0], "author")!;
        Assert.AreEqual(Tables.Profile, author.LogicalName);
        Assert.AreEqual("ada", service.Retrieve(Tables.Profile, author.Id, new ColumnSet("test_handle")).GetAttributeValue<string>("test_handle"));
        CollectionAssert.AreEqual(new[] { 3, 1 }, rows.Select(r => Value(r, "posts")).ToArray());
    }

    [TestMethod]
    public void Aggregate_query_refuses_a_plain_column_and_an_aggregate_without_alias()
    {
        Faults.Expect(ErrorCodes.QueryBuilderAttributeWithAggregate, () => Fetch(
            """<fetch aggregate="true"><entity name="test_profile"><attribute name="test_handle" /></entity></fetch>"""));
        Faults.Expect(ErrorCodes.QueryBuilderNoAlias, () => Fetch(
            """<fetch aggregate="true"><entity name="test_profile"><attribute name="test_followers" aggregate="sum" /></entity></fetch>"""));
        Faults.Expect(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, () => Fetch(
            """<fetch><entity name="test_profile"><attribute name="test_followers" alias="s" aggregate="sum" /></entity></fetch>"""));
    }

    private EntityCollection Fetch(string fetchXml) => service.RetrieveMultiple(new FetchExpression(fetchXml));

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    private static object?[] Values(Entity row, params string[] aliases) => aliases.Select(a => Value(row, a)).ToArray();

    private Guid Profile(string handle, int network, int followers, decimal? score) =>
        service.Create(new Entity(Tables.Profile)
        {
            ["test_handle"] = handle,
            ["test_network"] = new OptionSetValue(network),
            ["test_followers"] = followers,
            ["test_score"] = score,
        });

    private void Post(Guid author, int priority) =>
        service.Create(new Entity(Tables.Post)
        {
            ["subject"] = "post",
            ["test_profileid"] = new EntityReference(Tables.Profile, author),
            ["prioritycode"] = new OptionSetValue(priority),
        });
}
