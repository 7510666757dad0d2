using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// Reads over HTTP: entity sets, records by id and alternate key, $select, $filter, $orderby, $top, $count, $expand,
/// annotations and conditional GET. Four profiles: Alice (network 1, 10 followers, contact Ada), Bob (2, 20), Carol (1, 30),
/// Dave (3, no followers, no handle).
/// </summary>
[TestClass]
public sealed class ReadTests
{
    private WebApiHost host = null!;
    private Guid ada;
    private Guid alice;

    [TestInitialize]
    public async Task StartAsync()
    {
        host = await WebApiHost.StartAsync();
        var service = host.Service;
        ada = service.Create(new Entity("contact") { ["fullname"] = "Ada Lovelace" });
        alice = service.Create(Profile("Alice", 1, "alice", 10, verified: true));
        service.Create(Profile("Bob", 2, "bob", 20));
        service.Create(Profile("Carol", 1, "carol", 30));
        service.Create(Profile("Dave", 3, null, null));
        service.Update(new Entity(Tables.Profile, alice) { ["test_contactid"] = new EntityReference("contact", ada), ["test_value"] = new Money(1234.5m) });
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task Entity_set_answers_every_record_with_its_etag_and_the_context_url()
    {
        var body = await host.GetJsonAsync("test_profiles?$select=test_name");

        Assert.AreEqual(new Uri(host.ServiceRoot, "$metadata#test_profiles(test_name)").AbsoluteUri, body.GetProperty("@odata.context").GetString());
        var records = Json.Values(body);
        Assert.AreEqual(4, records.Count);
        foreach (var record in records)
        {
            StringAssert.Matches(record.GetProperty("@odata.etag").GetString(), new System.Text.RegularExpressions.Regex("^W/\"[0-9]+\"$"));
            Assert.IsTrue(Guid.TryParse(record.GetProperty("test_profileid").GetString(), out _));
            Assert.IsFalse(record.TryGetProperty("test_followers", out _), "a column not selected is not returned");
        }
    }

    [TestMethod]
    public async Task Record_by_id_answers_its_selected_columns_and_primary_key()
    {
        var record = await host.GetJsonAsync($"test_profiles({alice})?$select=test_name,test_followers,test_score,test_verified");

        Assert.AreEqual(new Uri(host.ServiceRoot, "$metadata#test_profiles(test_name,test_followers,test_score,test_verified)/$entity").AbsoluteUri, record.GetProperty("@odata.context").GetString());
        Assert.AreEqual("Alice", record.GetProperty("test_name").GetString());
        Assert.AreEqual(10, record.GetProperty("test_followers").GetInt32());
        Assert.AreEqual(JsonValueKind.Null, record.GetProperty("test_score").ValueKind);
        Assert.IsTrue(record.GetProperty("test_verified").GetBoolean());
        Assert.AreEqual(alice, record.GetProperty("test_profileid").GetGuid());
    }

    [TestMethod]
    public async Task Record_by_alternate_key_is_the_record_with_those_key_values()
    {
        var record = await host.GetJsonAsync("test_profiles(test_network=1,test_handle='carol')?$select=test_name");

        Assert.AreEqual("Carol", record.GetProperty("test_name").GetString());
    }

    [TestMethod]
    public async Task Missing_record_answers_404_with_the_not_found_code()
    {
        var missing = Guid.NewGuid();
        using var response = await host.GetAsync($"test_profiles({missing})");

        var (code, message) = await Json.ErrorAsync(response, 404);
        Assert.AreEqual("0x80040217", code);
        Assert.AreEqual($"test_profile With Id = {missing} Does Not Exist", message);
    }

    [TestMethod]
    public async Task Missing_alternate_key_answers_404_naming_the_key()
    {
        using var response = await host.GetAsync("test_profiles(test_network=9,test_handle='nobody')");

        var (code, message) = await Json.ErrorAsync(response, 404);
        Assert.AreEqual("0x80040217", code);
        StringAssert.Contains(message, "test_handle:nobody");
    }

    [TestMethod]
    [DataRow("test_followers eq 20", "Bob", DisplayName = "eq")]
    [DataRow("test_followers ne 20", "Alice,Carol,Dave", DisplayName = "ne keeps records with no value")]
    [DataRow("test_followers gt 10", "Bob,Carol", DisplayName = "gt")]
    [DataRow("test_followers ge 20", "Bob,Carol", DisplayName = "ge")]
    [DataRow("test_followers lt 20", "Alice", DisplayName = "lt")]
    [DataRow("test_followers le 20", "Alice,Bob", DisplayName = "le")]
    [DataRow("20 lt test_followers", "Carol", DisplayName = "constant on the left")]
    [DataRow("test_network eq 1 and test_followers gt 10", "Carol", DisplayName = "and")]
    [DataRow("test_network eq 2 or test_network eq 3", "Bob,Dave", DisplayName = "or")]
    [DataRow("not (test_network eq 1)", "Bob,Dave", DisplayName = "not eq")]
    [DataRow("not (test_followers gt 10)", "Alice,Dave", DisplayName = "not gt keeps records with no value")]
    [DataRow("not (test_network eq 1 or test_followers eq 20)", "Dave", DisplayName = "not over or")]
    [DataRow("(test_network eq 1 or test_network eq 2) and not startswith(test_name,'C')", "Alice,Bob", DisplayName = "parentheses")]
    [DataRow("contains(test_name,'aro')", "Carol", DisplayName = "contains")]
    [DataRow("startswith(test_name,'Da')", "Dave", DisplayName = "startswith")]
    [DataRow("endswith(test_name,'ce')", "Alice", DisplayName = "endswith")]
    [DataRow("not contains(test_name,'A')", "Bob", DisplayName = "not contains, without case like Dataverse")]
    [DataRow("test_handle eq null", "Dave", DisplayName = "eq null")]
    [DataRow("test_handle ne null", "Alice,Bob,Carol", DisplayName = "ne null")]
    [DataRow("test_verified eq true", "Alice", DisplayName = "boolean")]
    [DataRow("test_contactid/fullname eq 'Ada Lovelace'", "Alice", DisplayName = "column of a lookup's record")]
    public async Task Filter_selects_the_records_it_describes(string filter, string expected)
    {
        var body = await host.GetJsonAsync($"test_profiles?$select=test_name&$filter={Uri.EscapeDataString(filter)}&$orderby=test_name");

        Assert.AreEqual(expected, string.Join(",", Json.Values(body).Select(r => r.GetProperty("test_name").GetString())));
    }

    [TestMethod]
    public async Task Filter_on_a_lookup_uses_its_value_property()
    {
        var body = await host.GetJsonAsync($"test_profiles?$select=test_name,_test_contactid_value&$filter=_test_contactid_value eq {ada}");

        var record = Json.Values(body).Single();
        Assert.AreEqual("Alice", record.GetProperty("test_name").GetString());
        Assert.AreEqual(ada, record.GetProperty("_test_contactid_value").GetGuid());
    }

    [TestMethod]
    public async Task Orderby_and_top_answer_the_first_records_in_that_order_and_count_all_matches()
    {
        var body = await host.GetJsonAsync("test_profiles?$select=test_name&$orderby=test_followers desc,test_name&$top=2&$count=true");

        Assert.AreEqual("Carol,Bob", string.Join(",", Json.Values(body).Select(r => r.GetProperty("test_name").GetString())));
        Assert.AreEqual(4, body.GetProperty("@odata.count").GetInt32());
        Assert.IsFalse(body.TryGetProperty("@odata.nextLink", out _), "$top answers one page");
    }

    [TestMethod]
    public async Task Expanded_lookup_nests_the_related_record_with_its_selected_columns()
    {
        var body = await host.GetJsonAsync("test_profiles?$select=test_name&$expand=test_contactid($select=fullname)&$filter=test_network eq 1&$orderby=test_name");

        var records = Json.Values(body);
        var contact = records[0].GetProperty("test_contactid");
        Assert.AreEqual("Ada Lovelace", contact.GetProperty("fullname").GetString());
        Assert.AreEqual(ada, contact.GetProperty("contactid").GetGuid());
        Assert.IsTrue(contact.TryGetProperty("@odata.etag", out _));
        Assert.AreEqual(JsonValueKind.Null, records[1].GetProperty("test_contactid").ValueKind, "Carol has no contact");
        StringAssert.EndsWith(body.GetProperty("@odata.context").GetString(), "$metadata#test_profiles(test_name,test_contactid(fullname))");
    }

    [TestMethod]
    public async Task Expanded_lookup_of_one_record_reads_it_with_the_record()
    {
        var record = await host.GetJsonAsync($"test_profiles({alice})?$select=test_name&$expand=test_contactid($select=fullname)");

        Assert.AreEqual("Ada Lovelace", record.GetProperty("test_contactid").GetProperty("fullname").GetString());
    }

    [TestMethod]
    public async Task Lookup_annotations_and_formatted_values_come_only_when_asked_for()
    {
        var url = $"test_profiles({alice})?$select=_test_contactid_value,test_verified,test_value";

        var plain = await host.GetJsonAsync(url);
        var annotated = await host.GetJsonAsync(url, ("Prefer", "odata.include-annotations=\"*\""));

        Assert.IsFalse(plain.EnumerateObject().Any(p => p.Name.Contains('@', StringComparison.Ordinal) && !p.Name.StartsWith('@')));
        Assert.AreEqual("contact", annotated.GetProperty("_test_contactid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        Assert.AreEqual("test_contactid", annotated.GetProperty("_test_contactid_value@Microsoft.Dynamics.CRM.associatednavigationproperty").GetString());
        Assert.AreEqual("Ada Lovelace", annotated.GetProperty("_test_contactid_value@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.AreEqual("Yes", annotated.GetProperty("test_verified@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.AreEqual("$1,234.50", annotated.GetProperty("test_value@OData.Community.Display.V1.FormattedValue").GetString());
    }

    [TestMethod]
    public async Task Only_the_formatted_values_asked_for_are_returned()
    {
        var record = await host.GetJsonAsync($"test_profiles({alice})?$select=_test_contactid_value", ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));

        Assert.AreEqual("Ada Lovelace", record.GetProperty("_test_contactid_value@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.IsFalse(record.TryGetProperty("_test_contactid_value@Microsoft.Dynamics.CRM.lookuplogicalname", out _));
    }

    [TestMethod]
    public async Task Unchanged_record_answers_304_to_its_etag()
    {
        var record = await host.GetJsonAsync($"test_profiles({alice})?$select=test_name");
        var etag = record.GetProperty("@odata.etag").GetString()!;

        using var unchanged = await host.GetAsync($"test_profiles({alice})?$select=test_name", ("If-None-Match", etag));
        host.Service.Update(new Entity(Tables.Profile, alice) { ["test_followers"] = 11 });
        using var changed = await host.GetAsync($"test_profiles({alice})?$select=test_name", ("If-None-Match", etag));

        Assert.AreEqual(304, (int)unchanged.StatusCode);
        Assert.AreEqual(200, (int)changed.StatusCode);
    }

    [TestMethod]
    public async Task Unknown_column_in_select_answers_400_naming_it()
    {
        using var response = await host.GetAsync("test_profiles?$select=test_nope");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80060888", code);
        Assert.AreEqual("Could not find a property named 'test_nope' on type 'Microsoft.Dynamics.CRM.test_profile'.", message);
    }

    [TestMethod]
    public async Task Filter_comparing_a_column_with_a_value_of_another_type_answers_400()
    {
        using var response = await host.GetAsync("test_profiles?$filter=test_followers eq 'many'");

        var (code, _) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80060888", code);
    }

    [TestMethod]
    public async Task Unknown_entity_set_answers_404_for_its_segment()
    {
        using var response = await host.GetAsync("test_profile");

        var (code, message) = await Json.ErrorAsync(response, 404);
        Assert.AreEqual("0x8006088a", code);
        Assert.AreEqual("Resource not found for the segment 'test_profile'.", message);
    }

    [TestMethod]
    public async Task Skip_is_refused_as_Dataverse_refuses_it()
    {
        using var response = await host.GetAsync("test_profiles?$skip=2");

        var (_, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("Skip Clause is not supported in CRM", message);
    }

    private static Entity Profile(string name, int network, string? handle, int? followers, bool verified = false) => new(Tables.Profile)
    {
        ["test_name"] = name,
        ["test_network"] = new OptionSetValue(network),
        ["test_handle"] = handle,
        ["test_followers"] = followers,
        ["test_verified"] = verified,
    };
}
