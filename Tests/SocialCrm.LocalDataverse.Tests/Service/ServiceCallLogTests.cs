using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Service;

[TestClass]
public sealed class ServiceCallLogTests
{
    [TestMethod]
    public void The_call_log_counts_the_requests_plug_ins_send()
    {
        using var dataverse = Tables.Environment().WithStep<ContactCreatingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation).Build();
        var service = dataverse.GetOrganizationService();
        dataverse.Calls.Clear();

        service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection { EntityName = Tables.Profile, Entities = { new Entity(Tables.Profile), new Entity(Tables.Profile), new Entity(Tables.Profile) } },
        });

        Assert.AreEqual(3, dataverse.Calls.CountFromPlugins("Create"));
        Assert.AreEqual(1, dataverse.Calls.Calls.Count(c => !c.FromPlugin));
        Assert.IsTrue(dataverse.Calls.Calls.Where(c => c.FromPlugin).All(c => c.Depth == 2 && c.PrimaryEntity == "contact"));
    }

    [TestMethod]
    public void What_the_platform_sends_on_a_request_s_behalf_is_not_counted_as_sent_by_plug_ins()
    {
        using var dataverse = Tables.Environment().Build();
        dataverse.Calls.Clear();

        dataverse.GetOrganizationService().Execute(new UpsertMultipleRequest
        {
            Targets = new EntityCollection { EntityName = Tables.Post, Entities = { new Entity(Tables.Post, "test_externalid", "a") } },
        });

        Assert.AreEqual(0, dataverse.Calls.CountFromPlugins());
        CollectionAssert.AreEqual(new[] { "UpsertMultiple", "CreateMultiple" }, dataverse.Calls.Calls.Select(c => c.MessageName).ToArray());
    }

    [TestMethod]
    public void The_call_log_and_the_trace_log_keep_the_latest_entries_up_to_their_capacity()
    {
        using var dataverse = Tables.Environment().WithStep<ContactCreatingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation)
            .WithLogCapacities(calls: 2, traces: 1).Build();
        var service = dataverse.GetOrganizationService();

        service.Create(new Entity(Tables.Profile) { ["test_name"] = "first" });
        service.Create(new Entity(Tables.Profile) { ["test_name"] = "second" });
        service.Execute(new OrganizationRequest("WhoAmI"));

        CollectionAssert.AreEqual(new[] { "Create", "WhoAmI" }, dataverse.Calls.Calls.Select(c => c.MessageName).ToArray());
        Assert.AreEqual(1, dataverse.TraceLog.Entries.Count);
    }
}
