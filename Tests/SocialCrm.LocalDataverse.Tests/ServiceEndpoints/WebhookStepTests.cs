using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Web;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.ServiceEndpoints;

/// <summary>
/// A step whose handler is a webhook service endpoint: after the Create commits, the execution context is posted to the
/// endpoint's URL with its key as `code` and the headers Dataverse documents
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks), and the outcome is the system job's.
/// </summary>
[TestClass]
public sealed class WebhookStepTests
{
    private const string Key = "webhook-key-0001";
    private static readonly ServiceEndpointDefinition Endpoint = new(new Guid("a5721cab-4cd4-40be-9606-704383a2da4b"), "test_Webhook", Url: null);

    [TestMethod]
    public void A_created_row_is_posted_after_commit_with_the_key_as_code_and_the_documented_headers()
    {
        using var listener = new WebhookListener();
        using var dataverse = WithWebhook(listener.Url);

        var id = dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_network"] = new OptionSetValue(2) });
        var received = listener.Received.Single();

        Assert.AreEqual(Key, HttpUtility.ParseQueryString(received.Url.Query)["code"]);
        Assert.AreEqual("/webhooks/dataverse", received.Url.AbsolutePath);
        StringAssert.StartsWith(received.ContentType, "application/json");
        Assert.AreEqual(Tables.Profile, received.Headers["x-ms-dynamics-entity-name"]);
        Assert.AreEqual("Create", received.Headers["x-ms-dynamics-request-name"]);
        Assert.AreEqual(dataverse.Options.OrganizationName, received.Headers["x-ms-dynamics-organization"]);
        Assert.IsTrue(Guid.TryParse(received.Headers["x-ms-correlation-request-id"], out _));
        Assert.IsFalse(received.Headers.ContainsKey("x-ms-dynamics-msg-size-exceeded"));

        using var context = JsonDocument.Parse(received.Body);
        var root = context.RootElement;
        Assert.AreEqual(("Create", 40, 1, false), (root.GetProperty("MessageName").GetString(), root.GetProperty("Stage").GetInt32(), root.GetProperty("Mode").GetInt32(), root.GetProperty("IsInTransaction").GetBoolean()));
        Assert.AreEqual(id, root.GetProperty("PrimaryEntityId").GetGuid());
        Assert.AreEqual(received.Headers["x-ms-correlation-request-id"], root.GetProperty("CorrelationId").GetString());
        var target = root.GetProperty("InputParameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "Target").GetProperty("value");
        Assert.AreEqual("Entity:http://schemas.microsoft.com/xrm/2011/Contracts", target.GetProperty("__type").GetString());
        var network = Attribute(target, "test_network");
        Assert.AreEqual(("OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts", 2), (network.GetProperty("__type").GetString(), network.GetProperty("Value").GetInt32()));
        Assert.AreEqual("Ada", Attribute(target, "test_name").GetString());
        Assert.AreEqual("sdkmessageprocessingstep", root.GetProperty("OwningExtension").GetProperty("LogicalName").GetString());
        Assert.AreEqual(30, Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void A_webhook_that_refuses_fails_the_system_job_never_the_create_and_the_message_keeps_the_key_out()
    {
        using var listener = new WebhookListener(HttpStatusCode.Unauthorized);
        using var dataverse = WithWebhook(listener.Url);
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var job = Jobs(dataverse).Single();

        Assert.AreEqual(id, service.Retrieve(Tables.Profile, id, new ColumnSet(false)).Id);
        Assert.AreEqual((3, 31), (job.GetAttributeValue<OptionSetValue>("statecode").Value, job.GetAttributeValue<OptionSetValue>("statuscode").Value));
        Assert.AreEqual($"The webhook at {listener.Url} did not take the execution context: it answered 401 Unauthorized.", job["message"]);
    }

    [TestMethod]
    public void An_unreachable_webhook_fails_the_system_job_never_the_create()
    {
        Uri closed;
        using (var gone = new WebhookListener())
        {
            closed = gone.Url;
        }

        using var dataverse = WithWebhook(closed);

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        Assert.AreEqual(31, Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
        StringAssert.StartsWith((string)Jobs(dataverse).Single()["message"], $"The webhook at {closed} did not take the execution context: ");
    }

    [TestMethod]
    [DataRow(HttpStatusCode.BadGateway)]
    [DataRow(HttpStatusCode.ServiceUnavailable)]
    [DataRow(HttpStatusCode.GatewayTimeout)]
    public void A_gateway_error_is_tried_once_more(HttpStatusCode first)
    {
        using var listener = new WebhookListener(first, first, HttpStatusCode.OK);
        using var dataverse = WithWebhook(listener.Url);

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        Assert.HasCount(2, listener.Received, "one more attempt, not more");
        Assert.AreEqual(31, Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void An_endpoint_whose_url_and_key_are_not_set_posts_nothing_and_queues_no_job()
    {
        using var dataverse = Tables.Environment().Build();
        dataverse.RegisterServiceEndpoint(Endpoint with { Url = new Uri("https://worker.invalid/webhooks/dataverse") });
        dataverse.RegisterStep(WebhookStep());

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        Assert.IsEmpty(Jobs(dataverse));
    }

    [TestMethod]
    public void A_context_past_256_KB_is_posted_without_its_input_parameters_and_says_so_in_a_header()
    {
        using var listener = new WebhookListener();
        using var dataverse = Tables.Environment().Build();
        dataverse.RegisterServiceEndpoint(Endpoint);
        dataverse.RegisterStep(WebhookStep(Tables.Post));
        dataverse.SetServiceEndpoint(Endpoint.Name, listener.Url, Key);

        dataverse.GetOrganizationService().Create(new Entity(Tables.Post) { ["description"] = new string('x', 300 * 1024) });
        var received = listener.Received.Single();

        Assert.AreEqual("true", received.Headers["x-ms-dynamics-msg-size-exceeded"]);
        using var context = JsonDocument.Parse(received.Body);
        Assert.IsFalse(context.RootElement.TryGetProperty("InputParameters", out _));
        Assert.AreEqual("Create", context.RootElement.GetProperty("MessageName").GetString());
    }

    [TestMethod]
    public void A_linked_rows_column_a_step_left_in_the_shared_variables_is_posted_as_an_aliased_value()
    {
        using var listener = new WebhookListener();
        using var dataverse = Tables.Environment().WithStep<RowHandingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation).Build();
        dataverse.RegisterServiceEndpoint(Endpoint);
        dataverse.RegisterStep(WebhookStep());
        dataverse.SetServiceEndpoint(Endpoint.Name, listener.Url, Key);

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var received = listener.Received.Single();

        Assert.AreEqual(30, Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value, "the system job succeeded");
        using var context = JsonDocument.Parse(received.Body);
        var handed = context.RootElement.GetProperty("SharedVariables").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "handed").GetProperty("value");
        var aliased = Attribute(handed, "author.test_network");
        Assert.AreEqual("AliasedValue:http://schemas.microsoft.com/xrm/2011/Contracts", aliased.GetProperty("__type").GetString());
        Assert.AreEqual(("test_profile", "test_network"), (aliased.GetProperty("EntityLogicalName").GetString(), aliased.GetProperty("AttributeLogicalName").GetString()));
        Assert.AreEqual(("OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts", 2), (aliased.GetProperty("Value").GetProperty("__type").GetString(), aliased.GetProperty("Value").GetProperty("Value").GetInt32()));
    }

    private static LocalDataverse WithWebhook(Uri url)
    {
        var dataverse = Tables.Environment().Build();
        dataverse.RegisterServiceEndpoint(Endpoint);
        dataverse.RegisterStep(WebhookStep());
        dataverse.SetServiceEndpoint(Endpoint.Name, url, Key);
        return dataverse;
    }

    private static StepRegistration WebhookStep(string table = Tables.Profile) =>
        new("Microsoft.Crm.ServiceBus.ServiceBusPlugin, Microsoft.Crm.ServiceBus", "Create", table, PipelineStage.PostOperation, StepMode.Asynchronous)
        {
            ServiceEndpointId = Endpoint.Id,
        };

    private static JsonElement Attribute(JsonElement entity, string name) =>
        entity.GetProperty("Attributes").EnumerateArray().Single(a => a.GetProperty("key").GetString() == name).GetProperty("value");

    private static System.Collections.Generic.List<Entity> Jobs(LocalDataverse dataverse) =>
        dataverse.GetOrganizationService().RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(true) }).Entities.ToList();
}
