using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.FetchXml;

/// <summary>
/// RetrieveMultiple(FetchExpression): columns, filters and conditions, link-entities, orders and paging, run in SQL.
/// Profiles: ada (network 1, 100 followers, contact Ada Lovelace, owned by Grace's user), grace (1, 50), alan (2, 10),
/// linus (3, 0, no score).
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/overview
/// </summary>
[TestClass]
public sealed class FetchXmlQueryTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private LocalDataverse dataverse = null!;
    private IOrganizationService service = null!;
    private Guid graceUser;

    [TestInitialize]
    public void Seed()
    {
        dataverse = Tables.Environment().WithClock(new FixedClock(Now)).Build();
        service = dataverse.GetOrganizationService();
        graceUser = dataverse.CreateUser("Grace Hopper");
        var contact = service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["fullname"] = "Ada Lovelace" });
        var ada = Profile("ada", 1, 100, 0.9m, contact);
        service.Update(new Entity(Tables.Profile, ada) { ["ownerid"] = new EntityReference("systemuser", graceUser) });
        Profile("grace", 1, 50, -0.5m, null);
        Profile("alan", 2, 10, 0.1m, null);
        Profile("linus", 3, 0, null, null);
    }

    [TestCleanup]
    public void Dispose() => dataverse.Dispose();

    [TestMethod]
    public void Attributes_and_order_return_those_columns_in_that_order()
    {
        var rows = Fetch("""
            <fetch version="1.0" mapping="logical">
              <entity name="test_profile">
                <attribute name="test_handle" />
                <attribute name="test_followers" />
                <order attribute="test_followers" descending="true" />
              </entity>
            </fetch>
            """);

        CollectionAssert.AreEqual(new[] { "ada", "grace", "alan", "linus" }, Handles(rows));
        Assert.IsFalse(rows.Entities[0].Contains("test_score"), "a column not asked for is not returned");
        Assert.AreEqual(100, rows.Entities[0].GetAttributeValue<int>("test_followers"));
    }

    [TestMethod]
    public void Nested_and_or_filters_with_typed_values_select_the_matching_rows()
    {
        var rows = Fetch("""
            <fetch>
              <entity name="test_profile">
                <attribute name="test_handle" />
                <order attribute="test_handle" />
                <filter type="and">
                  <condition attribute="test_score" operator="not-null" />
                  <filter type="or">
                    <condition attribute="test_network" operator="in">
                      <value>2</value>
                      <value>3</value>
                    </condition>
                    <condition attribute="test_followers" operator="ge" value="100" />
                    <condition attribute="test_handle" operator="like" value="gr%" />
                  </filter>
                </filter>
              </entity>
            </fetch>
            """);

        CollectionAssert.AreEqual(new[] { "ada", "alan", "grace" }, Handles(rows));
    }

    [TestMethod]
    public void Eq_userid_selects_the_rows_the_caller_owns()
    {
        const string Mine = """
            <fetch>
              <entity name="test_profile">
                <attribute name="test_handle" />
                <filter><condition attribute="ownerid" operator="eq-userid" /></filter>
              </entity>
            </fetch>
            """;

        CollectionAssert.AreEqual(new[] { "ada" }, Handles(dataverse.GetOrganizationService(graceUser).RetrieveMultiple(new FetchExpression(Mine))));
        CollectionAssert.AreEquivalent(new[] { "grace", "alan", "linus" }, Handles(Fetch(Mine)));
    }

    [TestMethod]
    public void Link_entity_returns_the_linked_columns_under_its_alias_and_filters_through_it()
    {
        var inner = Fetch("""
            <fetch>
              <entity name="test_profile">
                <attribute name="test_handle" />
                <link-entity name="contact" from="contactid" to="test_contactid" alias="c" link-type="inner">
                  <attribute name="fullname" />
                  <filter><condition attribute="lastname" operator="eq" value="Lovelace" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """);
        var outer = Fetch("""
            <fetch>
              <entity name="test_profile">
                <attribute name="test_handle" />
                <filter><condition entityname="c" attribute="contactid" operator="null" /></filter>
                <link-entity name="contact" from="contactid" to="test_contactid" alias="c" link-type="outer" />
              </entity>
            </fetch>
            """);

        Assert.AreEqual("ada", inner.Entities.Single().GetAttributeValue<string>("test_handle"));
        var name = inner.Entities.Single().GetAttributeValue<AliasedValue>("c.fullname");
        Assert.AreEqual(("contact", "fullname", "Ada Lovelace"), (name.EntityLogicalName, name.AttributeLogicalName, (string)name.Value));
        CollectionAssert.AreEquivalent(new[] { "grace", "alan", "linus" }, Handles(outer));
    }

    [TestMethod]
    public void Count_and_page_walk_the_rows_with_a_paging_cookie_until_no_more_records()
    {
        const string Query = """
            <fetch count="3" page="{0}" {1}>
              <entity name="test_profile">
                <attribute name="test_handle" />
                <order attribute="test_followers" />
              </entity>
            </fetch>
            """;

        var first = Fetch(string.Format(Query, 1, string.Empty));
        var cookie = XElement.Parse(first.PagingCookie);
        var second = Fetch(string.Format(Query, 2, $"paging-cookie=\"{System.Security.SecurityElement.Escape(first.PagingCookie)}\""));

        CollectionAssert.AreEqual(new[] { "linus", "alan", "grace" }, Handles(first));
        Assert.IsTrue(first.MoreRecords);
        Assert.AreEqual("1", (string?)cookie.Attribute("page"));
        Assert.AreEqual(first.Entities[2].Id.ToString("B").ToUpperInvariant(), (string?)cookie.Element("test_profileid")!.Attribute("last"));
        CollectionAssert.AreEqual(new[] { "ada" }, Handles(second));
        Assert.IsFalse(second.MoreRecords);
    }

    [TestMethod]
    public void Returntotalrecordcount_counts_every_matching_row_whatever_the_page_size()
    {
        var rows = Fetch("""
            <fetch count="1" returntotalrecordcount="true">
              <entity name="test_profile"><attribute name="test_handle" /></entity>
            </fetch>
            """);

        Assert.AreEqual(1, rows.Entities.Count);
        Assert.AreEqual(4, rows.TotalRecordCount);
        Assert.IsFalse(rows.TotalRecordCountLimitExceeded);
    }

    [TestMethod]
    public void Top_returns_only_that_many_rows_without_more_records()
    {
        var rows = Fetch("""<fetch top="2"><entity name="test_profile"><attribute name="test_handle" /><order attribute="test_handle" /></entity></fetch>""");

        CollectionAssert.AreEqual(new[] { "ada", "alan" }, Handles(rows));
        Assert.IsFalse(rows.MoreRecords);
    }

    [TestMethod]
    [DataRow("""<fetch><entity name="test_profile"><column name="test_handle" /></entity></fetch>""", "column", DisplayName = "an element Fetch.xsd does not have")]
    [DataRow("""<fetch><entity name="test_profile"><attribute name="test_handle" sort="asc" /></entity></fetch>""", "sort", DisplayName = "an attribute Fetch.xsd does not have")]
    [DataRow("""<fetch><entity name="test_profile"><filter><condition attribute="test_handle" operator="equals" value="x" /></filter></entity></fetch>""", "equals", DisplayName = "an operator Fetch.xsd does not have")]
    [DataRow("""<fetch><entity name="test_profile"><attribute name="test_handle" /></entity>""", "well-formed", DisplayName = "XML that is not well-formed")]
    public void FetchXML_outside_the_schema_fails_naming_what_is_wrong(string fetchXml, string named)
    {
        var fault = Faults.Expect(ErrorCodes.QueryBuilderDeserializeInvalidNode, () => Fetch(fetchXml));

        StringAssert.Contains(fault.Message, named);
    }

    [TestMethod]
    public void Values_the_column_cannot_hold_and_unknown_columns_fail_naming_them()
    {
        var value = Faults.Expect(ErrorCodes.QueryBuilderInvalidValue, () => Fetch(
            """<fetch><entity name="test_profile"><filter><condition attribute="test_followers" operator="eq" value="many" /></filter></entity></fetch>"""));
        var column = Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => Fetch(
            """<fetch><entity name="test_profile"><attribute name="test_nickname" /></entity></fetch>"""));

        StringAssert.Contains(value.Message, "'many'");
        StringAssert.Contains(column.Message, "test_nickname");
    }

    [TestMethod]
    public void What_LocalDataverse_does_not_run_fails_as_not_implemented_naming_it()
    {
        var linkType = Faults.Expect(ErrorCodes.NotImplemented, () => Fetch(
            """<fetch><entity name="test_profile"><link-entity name="contact" from="contactid" to="test_contactid" link-type="not all" /></entity></fetch>"""));
        var fiscal = Faults.Expect(ErrorCodes.NotImplemented, () => Fetch(
            """<fetch aggregate="true"><entity name="test_profile"><attribute name="createdon" alias="p" groupby="true" dategrouping="fiscal-period" /></entity></fetch>"""));

        StringAssert.Contains(linkType.Message, "not all");
        StringAssert.Contains(fiscal.Message, "fiscal-period");
    }

    private EntityCollection Fetch(string fetchXml) => service.RetrieveMultiple(new FetchExpression(fetchXml));

    private static string[] Handles(EntityCollection rows) => rows.Entities.Select(e => e.GetAttributeValue<string>("test_handle")).ToArray();

    private Guid Profile(string handle, int network, int followers, decimal? score, Guid? contact) =>
        service.Create(new Entity(Tables.Profile)
        {
            ["test_handle"] = handle,
            ["test_network"] = new OptionSetValue(network),
            ["test_followers"] = followers,
            ["test_score"] = score,
            ["test_contactid"] = contact is Guid id ? new EntityReference("contact", id) : null,
        });
}
