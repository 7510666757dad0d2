using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// FetchXML over the Web API (GET {set}?fetchXml=...): records with the columns that have values, linked columns as
/// "alias_x002e_column", aggregates under their aliases, and paging with the twice URL-encoded paging cookie a client decodes
/// and sends back, as Microsoft's example does.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// </summary>
[TestClass]
public sealed class FetchXmlTests
{
    private const string PagingAnnotations = "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"";

    private WebApiHost host = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        host = await WebApiHost.StartAsync();
        var ada = host.Service.Create(new Entity("contact") { ["fullname"] = "Ada Lovelace" });
        foreach (var (name, followers) in new[] { ("Alice", 10), ("Bob", 20), ("Carol", 30), ("Dave", 40) })
        {
            host.Service.Create(new Entity(Tables.Profile)
            {
                ["test_name"] = name,
                ["test_followers"] = followers,
                ["test_network"] = new OptionSetValue(followers < 25 ? 1 : 2),
                ["test_contactid"] = name == "Alice" ? new EntityReference("contact", ada) : null,
            });
        }
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task FetchXml_query_answers_records_with_their_columns_and_linked_columns_under_the_alias()
    {
        var body = await FetchAsync("""
            <fetch>
              <entity name="test_profile">
                <attribute name="test_name" />
                <attribute name="test_handle" />
                <order attribute="test_name" />
                <filter><condition attribute="test_followers" operator="lt" value="25" /></filter>
                <link-entity name="contact" from="contactid" to="test_contactid" alias="c" link-type="outer">
                  <attribute name="fullname" />
                </link-entity>
              </entity>
            </fetch>
            """);

        var records = Json.Values(body);
        CollectionAssert.AreEqual(new[] { "Alice", "Bob" }, records.Select(r => r.GetProperty("test_name").GetString()).ToArray());
        Assert.AreEqual("Ada Lovelace", records[0].GetProperty("c_x002e_fullname").GetString());
        Assert.IsFalse(records[1].TryGetProperty("c_x002e_fullname", out _), "a linked column without a value is left out");
        Assert.IsFalse(records[0].TryGetProperty("test_handle", out _), "a column without a value is left out");
        Assert.IsTrue(records[0].TryGetProperty("test_profileid", out _));
    }

    [TestMethod]
    public async Task Paging_cookie_decoded_twice_and_sent_back_reads_the_next_page()
    {
        const string Query = """<fetch count="3" page="{0}"{1}><entity name="test_profile"><attribute name="test_name" /><order attribute="test_followers" /></entity></fetch>""";

        var first = await FetchAsync(string.Format(Query, 1, string.Empty), ("Prefer", PagingAnnotations));
        var annotation = XElement.Parse(first.GetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie").GetString()!);
        var cookie = Uri.UnescapeDataString(Uri.UnescapeDataString((string)annotation.Attribute("pagingcookie")!));
        var second = await FetchAsync(
            string.Format(Query, (string)annotation.Attribute("pagenumber")!, $" paging-cookie=\"{System.Security.SecurityElement.Escape(cookie)}\""),
            ("Prefer", PagingAnnotations));

        Assert.IsTrue(first.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
        Assert.AreEqual("2", (string?)annotation.Attribute("pagenumber"));
        Assert.AreEqual("1", (string?)XElement.Parse(cookie).Attribute("page"));
        CollectionAssert.AreEqual(new[] { "Alice", "Bob", "Carol" }, Json.Values(first).Select(r => r.GetProperty("test_name").GetString()).ToArray());
        CollectionAssert.AreEqual(new[] { "Dave" }, Json.Values(second).Select(r => r.GetProperty("test_name").GetString()).ToArray());
        Assert.IsFalse(second.GetProperty("@Microsoft.Dynamics.CRM.morerecords").GetBoolean());
    }

    [TestMethod]
    public async Task Aggregate_fetchXml_answers_one_record_per_group_with_the_aliases()
    {
        var body = await FetchAsync("""
            <fetch aggregate="true">
              <entity name="test_profile">
                <attribute name="test_network" alias="network" groupby="true" />
                <attribute name="test_followers" alias="total" aggregate="sum" />
                <attribute name="test_followers" alias="average" aggregate="avg" />
                <order alias="network" />
              </entity>
            </fetch>
            """);

        var records = Json.Values(body);
        Assert.AreEqual(2, records.Count);
        Assert.AreEqual((1, 30, 15), (records[0].GetProperty("network").GetInt32(), records[0].GetProperty("total").GetInt32(), records[0].GetProperty("average").GetInt32()));
        Assert.AreEqual((2, 70, 35), (records[1].GetProperty("network").GetInt32(), records[1].GetProperty("total").GetInt32(), records[1].GetProperty("average").GetInt32()));
    }

    [TestMethod]
    public async Task FetchXml_on_another_table_or_with_odata_options_answers_400()
    {
        using var otherTable = await host.GetAsync("test_profiles?fetchXml=" + Uri.EscapeDataString("""<fetch><entity name="contact"><attribute name="fullname" /></entity></fetch>"""));
        using var withFilter = await host.GetAsync("test_profiles?$filter=test_followers gt 1&fetchXml=" + Uri.EscapeDataString("""<fetch><entity name="test_profile" /></fetch>"""));
        using var invalid = await host.GetAsync("test_profiles?fetchXml=" + Uri.EscapeDataString("""<fetch><entity name="test_profile"><attribute nam="x" /></entity></fetch>"""));

        StringAssert.Contains((await Json.ErrorAsync(otherTable, 400)).Message, "contact");
        StringAssert.Contains((await Json.ErrorAsync(withFilter, 400)).Message, "$filter");
        StringAssert.Contains((await Json.ErrorAsync(invalid, 400)).Message, "'nam'");
    }

    private Task<JsonElement> FetchAsync(string fetchXml, params (string Name, string Value)[] headers) =>
        host.GetJsonAsync("test_profiles?fetchXml=" + Uri.EscapeDataString(fetchXml), headers);
}
