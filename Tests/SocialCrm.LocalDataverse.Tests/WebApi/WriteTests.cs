using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>Creates, updates, upserts and deletes over HTTP, with their conditions, lookups and errors.</summary>
[TestClass]
public sealed class WriteTests
{
    private WebApiHost host = null!;
    private Guid ada;

    [TestInitialize]
    public async Task StartAsync()
    {
        var dataverse = Tables.Environment()
            .WithStep<TracingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<TracingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<RejectingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation)
            .Build();
        host = await WebApiHost.StartAsync(dataverse);
        ada = host.Service.Create(new Entity("contact") { ["fullname"] = "Ada Lovelace" });
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task Post_creates_the_record_and_answers_204_with_its_entity_id()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", """{"test_name":"Zed","test_network":2,"test_followers":5,"test_value":12.5}""");

        Assert.AreEqual(204, (int)response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        var id = Guid.Parse(entityId[(entityId.IndexOf('(') + 1)..entityId.IndexOf(')')]);
        Assert.AreEqual(new Uri(host.ServiceRoot, $"test_profiles({id})").AbsoluteUri, entityId);
        var row = host.Service.Retrieve(Tables.Profile, id, new ColumnSet(true));
        Assert.AreEqual("Zed", row["test_name"]);
        Assert.AreEqual(2, row.GetAttributeValue<OptionSetValue>("test_network").Value);
        Assert.AreEqual(12.5m, row.GetAttributeValue<Money>("test_value").Value);
    }

    [TestMethod]
    public async Task Post_runs_the_create_plugins_once()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", """{"test_name":"Zed"}""");

        Assert.AreEqual(204, (int)response.StatusCode);
        Assert.AreEqual(1, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Count());
    }

    [TestMethod]
    public async Task Post_with_return_representation_answers_201_with_the_selected_columns()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles?$select=test_name,test_followers", """{"test_name":"Zed","test_followers":5}""", ("Prefer", "return=representation"));

        var body = await Json.ReadAsync(response, 201);
        Assert.AreEqual("Zed", body.GetProperty("test_name").GetString());
        Assert.AreEqual(5, body.GetProperty("test_followers").GetInt32());
        StringAssert.StartsWith(body.GetProperty("@odata.etag").GetString(), "W/\"");
        Assert.AreEqual("return=representation", response.Headers.GetValues("Preference-Applied").Single());
        Assert.IsTrue(response.Headers.Contains("OData-EntityId"));
    }

    [TestMethod]
    [DataRow("/contacts({0})", DisplayName = "relative to the service root, with a slash")]
    [DataRow("contacts({0})", DisplayName = "relative, without a slash")]
    [DataRow("{1}contacts({0})", DisplayName = "absolute")]
    public async Task Lookup_is_set_with_odata_bind_and_read_back_as_its_value_property(string bind)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, bind, ada, host.ServiceRoot);
        using var created = await host.SendAsync(HttpMethod.Post, "test_profiles?$select=_test_contactid_value", $$"""{"test_name":"Zed","test_contactid@odata.bind":"{{url}}"}""",
            ("Prefer", "return=representation"), ("Prefer", "odata.include-annotations=\"*\""));

        var body = await Json.ReadAsync(created, 201);
        Assert.AreEqual(ada, body.GetProperty("_test_contactid_value").GetGuid());
        Assert.AreEqual("contact", body.GetProperty("_test_contactid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        Assert.AreEqual("Ada Lovelace", body.GetProperty("_test_contactid_value@OData.Community.Display.V1.FormattedValue").GetString());
    }

    [TestMethod]
    public async Task Lookup_binds_to_a_record_named_by_alternate_key()
    {
        var alice = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice", ["test_network"] = new OptionSetValue(1), ["test_handle"] = "alice" });

        using var response = await host.SendAsync(HttpMethod.Post, "test_posts", """{"subject":"hello","test_profileid@odata.bind":"test_profiles(test_network=1,test_handle='alice')"}""");

        Assert.AreEqual(204, (int)response.StatusCode);
        var post = host.Service.RetrieveMultiple(new QueryExpression(Tables.Post) { ColumnSet = new ColumnSet("test_profileid") }).Entities.Single();
        Assert.AreEqual(alice, post.GetAttributeValue<EntityReference>("test_profileid").Id);
    }

    [TestMethod]
    [DataRow("""{"test_nope":"x"}""", "The property 'test_nope' does not exist on type 'Microsoft.Dynamics.CRM.test_profile'.", DisplayName = "unknown column")]
    [DataRow("""{"test_followers":"many"}""", "Cannot convert the literal 'many' to the expected type 'Edm.Int32'.", DisplayName = "value of another type")]
    [DataRow("""{"test_contact@odata.bind":"contacts(00000000-0000-0000-0000-000000000001)"}""", "test_contact", DisplayName = "unknown navigation property")]
    public async Task Body_that_does_not_fit_the_table_answers_400_naming_the_problem(string json, string named)
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", json);

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80048d19", code);
        StringAssert.StartsWith(message, "Error identified in Payload provided by the user for Entity :'test_profiles'");
        StringAssert.Contains(message, named);
    }

    [TestMethod]
    public async Task Lookup_value_property_cannot_be_written()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", $$"""{"_test_contactid_value":"{{ada}}"}""");

        var (_, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.", message);
    }

    [TestMethod]
    public async Task Bind_to_a_missing_record_answers_404()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", $$"""{"test_contactid@odata.bind":"contacts({{Guid.NewGuid()}})"}""");

        var (code, _) = await Json.ErrorAsync(response, 404);
        Assert.AreEqual("0x80040217", code);
    }

    [TestMethod]
    public async Task Plugin_rejection_answers_400_with_its_message()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles", """{"test_name":"reject"}""");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80040265", code);
        Assert.AreEqual(RejectingPlugin.Message, message);
    }

    [TestMethod]
    public async Task Patch_with_if_match_any_updates_the_record()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });

        using var response = await host.SendAsync(HttpMethod.Patch, $"test_profiles({id})", """{"test_followers":7}""", ("If-Match", "*"));

        Assert.AreEqual(204, (int)response.StatusCode);
        Assert.AreEqual(new Uri(host.ServiceRoot, $"test_profiles({id})").AbsoluteUri, response.Headers.GetValues("OData-EntityId").Single());
        Assert.AreEqual(7, host.Service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"))["test_followers"]);
    }

    [TestMethod]
    public async Task Update_by_alternate_key_answers_the_record_it_updated()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice", ["test_network"] = new OptionSetValue(1), ["test_handle"] = "alice" });
        const string url = "test_profiles(test_network=1,test_handle='alice')";

        using var plain = await host.SendAsync(HttpMethod.Patch, url, """{"test_followers":7}""", ("If-Match", "*"));
        using var represented = await host.SendAsync(HttpMethod.Patch, url + "?$select=test_followers", """{"test_followers":8}""", ("If-Match", "*"), ("Prefer", "return=representation"));

        Assert.AreEqual(204, (int)plain.StatusCode);
        Assert.AreEqual(host.ServiceRoot + url, plain.Headers.GetValues("OData-EntityId").Single());
        var body = await Json.ReadAsync(represented, 200);
        Assert.AreEqual(id, body.GetProperty("test_profileid").GetGuid());
        Assert.AreEqual(8, body.GetProperty("test_followers").GetInt32());
    }

    [TestMethod]
    public async Task Patch_with_if_match_any_does_not_create_a_missing_record()
    {
        var missing = Guid.NewGuid();

        using var response = await host.SendAsync(HttpMethod.Patch, $"test_profiles({missing})", """{"test_name":"Ghost"}""", ("If-Match", "*"));

        var (code, message) = await Json.ErrorAsync(response, 404);
        Assert.AreEqual("0x80040217", code);
        Assert.AreEqual($"test_profile With Id = {missing} Does Not Exist", message);
        Assert.AreEqual(0, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Upsert_by_alternate_key_creates_the_record_then_updates_it()
    {
        const string url = "test_profiles(test_network=1,test_handle='zoe')";

        using var create = await host.SendAsync(HttpMethod.Patch, url + "?$select=test_name", """{"test_name":"Zoe"}""", ("Prefer", "return=representation"));
        using var update = await host.SendAsync(HttpMethod.Patch, url + "?$select=test_name,test_followers", """{"test_followers":7}""", ("Prefer", "return=representation"));

        var created = await Json.ReadAsync(create, 201);
        var updated = await Json.ReadAsync(update, 200);
        Assert.AreEqual(created.GetProperty("test_profileid").GetGuid(), updated.GetProperty("test_profileid").GetGuid());
        Assert.AreEqual("Zoe", updated.GetProperty("test_name").GetString());
        Assert.AreEqual(7, updated.GetProperty("test_followers").GetInt32());
        var row = host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet(true) }).Entities.Single();
        Assert.AreEqual("zoe", row["test_handle"]);
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("test_network").Value);
    }

    [TestMethod]
    public async Task Upsert_without_return_representation_answers_204_both_times()
    {
        using var create = await host.SendAsync(HttpMethod.Patch, "test_profiles(test_network=1,test_handle='zoe')", """{"test_name":"Zoe"}""");
        using var update = await host.SendAsync(HttpMethod.Patch, "test_profiles(test_network=1,test_handle='zoe')", """{"test_name":"Zoë"}""");

        Assert.AreEqual(204, (int)create.StatusCode);
        Assert.AreEqual(204, (int)update.StatusCode);
        Assert.AreEqual(create.Headers.GetValues("OData-EntityId").Single(), update.Headers.GetValues("OData-EntityId").Single());
    }

    [TestMethod]
    public async Task Patch_with_if_none_match_any_creates_but_never_updates()
    {
        using var create = await host.SendAsync(HttpMethod.Patch, "test_profiles(test_network=1,test_handle='zoe')", """{"test_name":"Zoe"}""", ("If-None-Match", "*"));
        using var again = await host.SendAsync(HttpMethod.Patch, "test_profiles(test_network=1,test_handle='zoe')", """{"test_name":"Other"}""", ("If-None-Match", "*"));

        Assert.AreEqual(204, (int)create.StatusCode);
        var (code, _) = await Json.ErrorAsync(again, 412);
        Assert.AreEqual("0x80040237", code);
        Assert.AreEqual("Zoe", host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_name") }).Entities.Single()["test_name"]);
    }

    [TestMethod]
    public async Task Patch_with_a_stale_etag_answers_412_and_changes_nothing()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });
        var etag = (await host.GetJsonAsync($"test_profiles({id})?$select=test_name")).GetProperty("@odata.etag").GetString()!;
        host.Service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 1 });

        using var stale = await host.SendAsync(HttpMethod.Patch, $"test_profiles({id})", """{"test_name":"Mallory"}""", ("If-Match", etag));
        var current = (await host.GetJsonAsync($"test_profiles({id})?$select=test_name")).GetProperty("@odata.etag").GetString()!;
        using var fresh = await host.SendAsync(HttpMethod.Patch, $"test_profiles({id})", """{"test_name":"Alicia"}""", ("If-Match", current));

        var (code, message) = await Json.ErrorAsync(stale, 412);
        Assert.AreEqual("0x80060882", code);
        Assert.AreEqual("The version of the existing record doesn't match the RowVersion property provided.", message);
        Assert.AreEqual(204, (int)fresh.StatusCode);
        Assert.AreEqual("Alicia", host.Service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public async Task Patch_runs_the_update_plugins_once()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });
        host.Dataverse.TraceLog.Clear();

        using var response = await host.SendAsync(HttpMethod.Patch, $"test_profiles({id})", """{"test_followers":7}""", ("If-Match", "*"));

        Assert.AreEqual(204, (int)response.StatusCode);
        Assert.AreEqual(1, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Count());
    }

    [TestMethod]
    public async Task Delete_removes_the_record()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });

        using var response = await host.SendAsync(HttpMethod.Delete, $"test_profiles({id})");
        using var read = await host.GetAsync($"test_profiles({id})");

        Assert.AreEqual(204, (int)response.StatusCode);
        Assert.AreEqual(404, (int)read.StatusCode);
    }

    [TestMethod]
    public async Task Delete_with_a_stale_etag_answers_412_and_keeps_the_record()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });
        var etag = (await host.GetJsonAsync($"test_profiles({id})?$select=test_name")).GetProperty("@odata.etag").GetString()!;
        host.Service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 1 });

        using var response = await host.SendAsync(HttpMethod.Delete, $"test_profiles({id})", null, ("If-Match", etag));

        var (code, _) = await Json.ErrorAsync(response, 412);
        Assert.AreEqual("0x80060882", code);
        Assert.AreEqual(1, host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public async Task Single_column_is_read_set_and_emptied_through_its_own_url()
    {
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice" });
        var url = $"test_profiles({id})/test_followers";

        using var put = await host.SendAsync(HttpMethod.Put, url, """{"value":12}""");
        var value = await host.GetJsonAsync(url);
        using var delete = await host.SendAsync(HttpMethod.Delete, url);
        using var empty = await host.GetAsync(url);

        Assert.AreEqual(204, (int)put.StatusCode);
        Assert.AreEqual(12, value.GetProperty("value").GetInt32());
        Assert.AreEqual(204, (int)delete.StatusCode);
        Assert.AreEqual(204, (int)empty.StatusCode, "a column with no value answers 204");
        Assert.IsFalse(host.Service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers")).Contains("test_followers"));
    }

    [TestMethod]
    public async Task Delete_on_an_entity_set_answers_405()
    {
        using var response = await host.SendAsync(HttpMethod.Delete, "test_profiles");

        Assert.AreEqual(405, (int)response.StatusCode);
    }
}
