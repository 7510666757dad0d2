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

/// <summary>Actions and functions: WhoAmI, the bulk messages bound to an entity set, and Custom APIs registered in the environment.</summary>
[TestClass]
public sealed class OperationTests
{
    private WebApiHost host = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        var dataverse = Tables.Environment()
            .WithStep<TracingPlugin>("CreateMultiple", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<TracingPlugin>("UpsertMultiple", Tables.Profile, PipelineStage.PostOperation)
            .WithCustomApi(new CustomApiDefinition("test_Echo", null)
            {
                PluginType = typeof(EchoPlugin),
                RequestParameters = new[]
                {
                    new CustomApiParameter("Text", CustomApiParameterType.String),
                    new CustomApiParameter("Profile", CustomApiParameterType.EntityReference, IsOptional: true, EntityLogicalName: Tables.Profile),
                },
                ResponseProperties = new[]
                {
                    new CustomApiParameter("Length", CustomApiParameterType.Integer),
                    new CustomApiParameter("Shout", CustomApiParameterType.String),
                    new CustomApiParameter("Profile", CustomApiParameterType.EntityReference, EntityLogicalName: Tables.Profile),
                },
            })
            .WithCustomApi(new CustomApiDefinition("test_Length", null)
            {
                PluginType = typeof(EchoPlugin),
                IsFunction = true,
                RequestParameters = new[] { new CustomApiParameter("Text", CustomApiParameterType.String) },
                ResponseProperties = new[] { new CustomApiParameter("Length", CustomApiParameterType.Integer) },
            })
            .Build();
        host = await WebApiHost.StartAsync(dataverse);
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public async Task WhoAmI_answers_the_caller_its_business_unit_and_organization()
    {
        var body = await host.GetJsonAsync("WhoAmI");

        Assert.AreEqual(host.Dataverse.AdministratorId, body.GetProperty("UserId").GetGuid());
        Assert.AreEqual(host.Dataverse.BusinessUnitId, body.GetProperty("BusinessUnitId").GetGuid());
        Assert.AreEqual(host.Dataverse.OrganizationId, body.GetProperty("OrganizationId").GetGuid());
        StringAssert.EndsWith(body.GetProperty("@odata.context").GetString(), "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse");
    }

    [TestMethod]
    public async Task WhoAmI_answers_the_configured_caller()
    {
        var worker = host.Dataverse.CreateUser("Integration worker", isApplicationUser: true);
        await using var asWorker = await WebApiHost.StartAsync(host.Dataverse, new Local.WebApi.Hosting.WebApiOptions { CallerId = worker });

        var body = await asWorker.GetJsonAsync("WhoAmI()");

        Assert.AreEqual(worker, body.GetProperty("UserId").GetGuid());
    }

    [TestMethod]
    public async Task WhoAmI_is_a_function_so_POST_finds_no_resource()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "WhoAmI", "{}");

        Assert.AreEqual(404, (int)response.StatusCode);
    }

    [TestMethod]
    public async Task CreateMultiple_creates_every_target_in_one_operation_and_answers_their_ids()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles/Microsoft.Dynamics.CRM.CreateMultiple", """
            {"Targets":[
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","test_name":"A","test_followers":1},
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","test_name":"B","test_followers":2},
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","test_name":"C","test_followers":3}]}
            """);

        var body = await Json.ReadAsync(response, 200);
        StringAssert.EndsWith(body.GetProperty("@odata.context").GetString(), "$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse");
        var ids = body.GetProperty("Ids").EnumerateArray().Select(i => i.GetGuid()).ToList();
        var names = ids.Select(id => (string)host.Service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]).ToList();
        CollectionAssert.AreEqual(new[] { "A", "B", "C" }, names);
        Assert.AreEqual(1, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Count(), "the CreateMultiple step runs once for the batch");
    }

    [TestMethod]
    public async Task UpdateMultiple_updates_the_targets_named_by_their_keys_and_answers_204()
    {
        var a = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "A" });
        var b = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "B" });

        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles/Microsoft.Dynamics.CRM.UpdateMultiple", $$"""
            {"Targets":[
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","test_profileid":"{{a}}","test_followers":10},
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","@odata.id":"test_profiles({{b}})","test_followers":20}]}
            """);

        Assert.AreEqual(204, (int)response.StatusCode);
        Assert.AreEqual(10, host.Service.Retrieve(Tables.Profile, a, new ColumnSet("test_followers"))["test_followers"]);
        Assert.AreEqual(20, host.Service.Retrieve(Tables.Profile, b, new ColumnSet("test_followers"))["test_followers"]);
    }

    [TestMethod]
    public async Task UpsertMultiple_by_alternate_key_creates_then_updates_with_one_operation_each()
    {
        static string Targets(int followers) => $$"""
            {"Targets":[
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","@odata.id":"test_profiles(test_network=1,test_handle='ann')","test_name":"Ann","test_followers":{{followers}}},
              {"@odata.type":"Microsoft.Dynamics.CRM.test_profile","@odata.id":"test_profiles(test_network=2,test_handle='ben')","test_name":"Ben","test_followers":{{followers}}}]}
            """;

        using var first = await host.SendAsync(HttpMethod.Post, "test_profiles/Microsoft.Dynamics.CRM.UpsertMultiple", Targets(1));
        using var second = await host.SendAsync(HttpMethod.Post, "test_profiles/Microsoft.Dynamics.CRM.UpsertMultiple", Targets(2));

        Assert.AreEqual(204, (int)first.StatusCode);
        Assert.AreEqual(204, (int)second.StatusCode);
        var rows = host.Service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle", "test_followers") }).Entities;
        Assert.AreEqual(2, rows.Count);
        Assert.IsTrue(rows.All(r => (int)r["test_followers"] == 2));
        CollectionAssert.AreEquivalent(new[] { "ann", "ben" }, rows.Select(r => (string)r["test_handle"]).ToList());
        Assert.AreEqual(2, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Count(e => e.MessageName == "UpsertMultiple"), "one UpsertMultiple step execution per request");
    }

    [TestMethod]
    public async Task Bulk_target_of_another_table_answers_400()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_profiles/Microsoft.Dynamics.CRM.CreateMultiple", """
            {"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","fullname":"Ada"}]}
            """);

        var (_, message) = await Json.ErrorAsync(response, 400);
        StringAssert.Contains(message, "test_profiles");
    }

    [TestMethod]
    public async Task Custom_api_action_runs_its_plugin_and_answers_its_response_properties()
    {
        var profile = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ann" });

        var json = $$$"""{"Text":"hello","Profile":{"@odata.type":"Microsoft.Dynamics.CRM.test_profile","test_profileid":"{{{profile}}}"}}""";
        using var response = await host.SendAsync(HttpMethod.Post, "test_Echo", json);

        var body = await Json.ReadAsync(response, 200);
        StringAssert.EndsWith(body.GetProperty("@odata.context").GetString(), "$metadata#Microsoft.Dynamics.CRM.test_EchoResponse");
        Assert.AreEqual(5, body.GetProperty("Length").GetInt32());
        Assert.AreEqual("HELLO", body.GetProperty("Shout").GetString());
        Assert.AreEqual(profile, body.GetProperty("Profile").GetProperty("test_profileid").GetGuid());
        Assert.AreEqual(1, host.Dataverse.TraceLog.For(nameof(EchoPlugin)).Count());
    }

    [TestMethod]
    public async Task Custom_api_function_takes_its_parameters_from_the_url()
    {
        var body = await host.GetJsonAsync("test_Length(Text=@t)?@t='four'");

        Assert.AreEqual(4, body.GetProperty("Length").GetInt32());
    }

    [TestMethod]
    public async Task Custom_api_without_a_required_parameter_answers_400_naming_it()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_Echo", "{}");

        var (code, message) = await Json.ErrorAsync(response, 400);
        Assert.AreEqual("0x80048d19", code);
        StringAssert.EndsWith(message, "The missing parameters are: Text.");
    }

    [TestMethod]
    public async Task Custom_api_parameter_it_does_not_declare_answers_400()
    {
        using var response = await host.SendAsync(HttpMethod.Post, "test_Echo", """{"Text":"x","Volume":11}""");

        var (_, message) = await Json.ErrorAsync(response, 400);
        StringAssert.Contains(message, "Volume");
    }
}
