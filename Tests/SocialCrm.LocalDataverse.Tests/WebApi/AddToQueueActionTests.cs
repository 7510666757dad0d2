using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// The AddToQueue action bound to the destination queue over the Web API:
/// POST queues(id)/Microsoft.Dynamics.CRM.AddToQueue with Target as the record (its @odata.type and key), answering the
/// queue item's id. https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/addtoqueue
/// </summary>
[TestClass]
public sealed class AddToQueueActionTests
{
    [TestMethod]
    public async Task A_case_posted_to_a_queue_becomes_its_queue_item_and_the_answer_names_the_item()
    {
        await using var host = await WebApiHost.StartAsync();
        var queue = host.Service.Create(new Entity("queue") { ["name"] = "Social care" });
        var @case = NewCase(host.Service);

        using var response = await host.SendAsync(HttpMethod.Post, $"queues({queue})/Microsoft.Dynamics.CRM.AddToQueue",
            $$$"""{"Target":{"@odata.type":"Microsoft.Dynamics.CRM.incident","incidentid":"{{{@case}}}"}}""");

        var body = await Json.ReadAsync(response, expectedStatus: 200);
        var item = host.Service.Retrieve("queueitem", body.GetProperty("QueueItemId").GetGuid(), new ColumnSet("queueid", "objectid"));
        Assert.AreEqual(queue, item.GetAttributeValue<EntityReference>("queueid").Id);
        Assert.AreEqual(new EntityReference("incident", @case), item.GetAttributeValue<EntityReference>("objectid"));
    }

    [TestMethod]
    public async Task A_case_moves_from_the_source_queue_rather_than_being_copied()
    {
        await using var host = await WebApiHost.StartAsync();
        var triage = host.Service.Create(new Entity("queue") { ["name"] = "Triage" });
        var care = host.Service.Create(new Entity("queue") { ["name"] = "Social care" });
        var @case = NewCase(host.Service);
        var target = $$$"""{"@odata.type":"Microsoft.Dynamics.CRM.incident","incidentid":"{{{@case}}}"}""";
        (await host.SendAsync(HttpMethod.Post, $"queues({triage})/Microsoft.Dynamics.CRM.AddToQueue", $$$"""{"Target":{{{target}}}}""")).Dispose();

        using var response = await host.SendAsync(HttpMethod.Post, $"queues({care})/Microsoft.Dynamics.CRM.AddToQueue",
            $$$"""{"Target":{{{target}}},"SourceQueue":{"@odata.type":"Microsoft.Dynamics.CRM.queue","queueid":"{{{triage}}}"}}""");

        await Json.ReadAsync(response, expectedStatus: 200);
        var items = host.Service.RetrieveMultiple(new QueryExpression("queueitem") { ColumnSet = new ColumnSet("queueid") }).Entities;
        Assert.AreEqual(care, items.Single().GetAttributeValue<EntityReference>("queueid").Id);
    }

    [TestMethod]
    public async Task A_queue_that_does_not_exist_answers_404_and_nothing_is_queued()
    {
        await using var host = await WebApiHost.StartAsync();
        var @case = NewCase(host.Service);

        using var response = await host.SendAsync(HttpMethod.Post, $"queues({Guid.NewGuid()})/Microsoft.Dynamics.CRM.AddToQueue",
            $$$"""{"Target":{"@odata.type":"Microsoft.Dynamics.CRM.incident","incidentid":"{{{@case}}}"}}""");

        var (_, message) = await Json.ErrorAsync(response, expectedStatus: 404);
        StringAssert.Contains(message, "queue");
        Assert.IsEmpty(host.Service.RetrieveMultiple(new QueryExpression("queueitem")).Entities);
    }

    [TestMethod]
    public async Task A_request_without_Target_is_refused_naming_it()
    {
        await using var host = await WebApiHost.StartAsync();
        var queue = host.Service.Create(new Entity("queue") { ["name"] = "Social care" });

        using var response = await host.SendAsync(HttpMethod.Post, $"queues({queue})/Microsoft.Dynamics.CRM.AddToQueue", "{}");

        var (_, message) = await Json.ErrorAsync(response, expectedStatus: 400);
        StringAssert.Contains(message, "Target");
    }

    private static Guid NewCase(IOrganizationService service)
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        return service.Create(new Entity("incident") { ["title"] = "Refund for @kim", ["customerid"] = new EntityReference("account", account) });
    }
}
