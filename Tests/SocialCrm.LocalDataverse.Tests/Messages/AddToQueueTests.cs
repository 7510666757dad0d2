using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

/// <summary>
/// AddToQueue as Dataverse has it: Target in DestinationQueueId, moved rather than copied when already in a queue, and
/// refused for a queue or a row that does not exist or a table not enabled for queues.
/// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addtoqueuerequest
/// </summary>
[TestClass]
public sealed class AddToQueueTests
{
    [TestMethod]
    public void A_case_added_to_a_queue_becomes_an_active_queue_item_of_that_queue()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var queue = service.Create(new Entity("queue") { ["name"] = "Social care" });
        var @case = NewCase(service, "Refund for @kim");

        var response = service.Execute(AddToQueue(@case, queue));

        var item = service.Retrieve("queueitem", (Guid)response["QueueItemId"], new ColumnSet(true));
        Assert.AreEqual(queue, item.GetAttributeValue<EntityReference>("queueid").Id);
        Assert.AreEqual(new EntityReference("incident", @case), item.GetAttributeValue<EntityReference>("objectid"));
        Assert.AreEqual("Refund for @kim", item.GetAttributeValue<string>("title"));
        Assert.AreEqual(0, item.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void A_case_already_in_a_queue_moves_to_the_new_one()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var triage = service.Create(new Entity("queue") { ["name"] = "Triage" });
        var care = service.Create(new Entity("queue") { ["name"] = "Social care" });
        var @case = NewCase(service, "Refund");
        var first = (Guid)service.Execute(AddToQueue(@case, triage))["QueueItemId"];

        var request = AddToQueue(@case, care);
        request["SourceQueueId"] = triage;
        var moved = (Guid)service.Execute(request)["QueueItemId"];

        var items = service.RetrieveMultiple(new QueryExpression("queueitem") { ColumnSet = new ColumnSet("queueid") }).Entities;
        Assert.AreEqual(first, moved);
        Assert.AreEqual(care, items.Single().GetAttributeValue<EntityReference>("queueid").Id);
    }

    [TestMethod]
    public void A_queue_that_does_not_exist_is_refused_and_nothing_is_queued()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var @case = NewCase(service, "Refund");
        var missing = Guid.NewGuid();

        var fault = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Execute(AddToQueue(@case, missing)));

        StringAssert.Contains(fault.Message, $"queue With Id = {missing} Does Not Exist");
        Assert.IsEmpty(service.RetrieveMultiple(new QueryExpression("queueitem")).Entities);
    }

    [TestMethod]
    public void A_case_that_does_not_exist_is_refused()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var queue = service.Create(new Entity("queue") { ["name"] = "Social care" });

        Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Execute(AddToQueue(Guid.NewGuid(), queue)));
    }

    [TestMethod]
    public void A_row_of_a_table_not_enabled_for_queues_is_refused()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var queue = service.Create(new Entity("queue") { ["name"] = "Social care" });
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });

        var request = new OrganizationRequest("AddToQueue") { ["Target"] = new EntityReference("account", account), ["DestinationQueueId"] = queue };
        var fault = Faults.Expect(ErrorCodes.InvalidArgument, () => service.Execute(request));

        StringAssert.Contains(fault.Message, "not enabled for queues");
    }

    [TestMethod]
    public void A_request_without_a_destination_queue_is_refused()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var @case = NewCase(service, "Refund");

        var fault = Faults.Expect(ErrorCodes.InvalidArgument,
            () => service.Execute(new OrganizationRequest("AddToQueue") { ["Target"] = new EntityReference("incident", @case) }));

        StringAssert.Contains(fault.Message, "DestinationQueueId");
    }

    private static Guid NewCase(IOrganizationService service, string title)
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        return service.Create(new Entity("incident") { ["title"] = title, ["customerid"] = new EntityReference("account", account) });
    }

    private static OrganizationRequest AddToQueue(Guid caseId, Guid queueId) =>
        new("AddToQueue") { ["Target"] = new EntityReference("incident", caseId), ["DestinationQueueId"] = queueId };
}
