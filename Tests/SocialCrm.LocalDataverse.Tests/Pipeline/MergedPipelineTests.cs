using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline;

/// <summary>
/// The merged pipeline of the single and *Multiple messages, as documented:
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
/// </summary>
[TestClass]
public sealed class MergedPipelineTests
{
    [TestMethod]
    public void A_step_on_Create_runs_once_for_each_entity_of_CreateMultiple_with_that_entity_as_Target()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key }).Build();

        var ids = ((CreateMultipleResponse)dataverse.GetOrganizationService().Execute(new CreateMultipleRequest { Targets = Profiles("a", "b") })).Ids;
        var contexts = Recorder.For(key);

        Assert.AreEqual(2, contexts.Count);
        Assert.IsTrue(contexts.All(c => c.MessageName == "Create"));
        CollectionAssert.AreEqual(new[] { "a", "b" }, contexts.Select(c => ((Entity)c.InputParameters["Target"])["test_handle"]).ToArray());
        CollectionAssert.AreEqual(ids, contexts.Select(c => (Guid)c.OutputParameters["id"]).ToArray());
        CollectionAssert.AreEqual(ids, contexts.Select(c => c.PrimaryEntityId).ToArray());
    }

    [TestMethod]
    public void A_step_on_CreateMultiple_runs_for_a_single_Create_with_Targets_of_one()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("CreateMultiple", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key }).Build();

        var id = dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_handle"] = "a" });
        var context = Recorder.For(key).Single();

        Assert.AreEqual("CreateMultiple", context.MessageName);
        Assert.AreEqual("a", ((EntityCollection)context.InputParameters["Targets"]).Entities.Single()["test_handle"]);
        Assert.IsFalse(context.InputParameters.Contains("Target"));
        CollectionAssert.AreEqual(new[] { id }, (Guid[])context.OutputParameters["Ids"]);
    }

    [TestMethod]
    public void Changes_a_CreateMultiple_step_makes_to_Targets_reach_a_single_Create()
    {
        using var dataverse = Tables.Environment().WithStep<StampingPlugin>("CreateMultiple", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = "bulk" }).Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile));

        Assert.AreEqual("bulk", service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void A_CreateMultiple_step_runs_once_for_the_whole_batch()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("CreateMultiple", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = key }).Build();

        dataverse.GetOrganizationService().Execute(new CreateMultipleRequest { Targets = Profiles("a", "b", "c") });

        Assert.AreEqual(3, ((EntityCollection)Recorder.For(key).Single().InputParameters["Targets"]).Entities.Count);
    }

    [TestMethod]
    public void UpdateMultiple_images_come_one_collection_per_target_in_order()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("UpdateMultiple", Tables.Profile, PipelineStage.PostOperation, configure: s => s with
            {
                UnsecureConfiguration = key,
                Images = new[] { new StepImage("before", ImageType.PreImage, new[] { "test_followers" }), new StepImage("after", ImageType.PostImage, new[] { "test_followers" }) },
            })
            .Build();
        var service = dataverse.GetOrganizationService();
        var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = Profiles("a", "b") })).Ids;

        service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection(ids.Select((id, i) => new Entity(Tables.Profile, id) { ["test_followers"] = 10 + i }).ToList()) { EntityName = Tables.Profile },
        });
        var context = Recorder.For(key).Single();

        Assert.AreEqual(0, context.PreEntityImages.Count);
        CollectionAssert.AreEqual(new object[] { 0, 0 }, context.PreEntityImagesCollection.Select(c => c["before"].GetAttributeValue<int>("test_followers")).Cast<object>().ToArray());
        CollectionAssert.AreEqual(new object[] { 10, 11 }, context.PostEntityImagesCollection.Select(c => c["after"]["test_followers"]).ToArray());
    }

    [TestMethod]
    public void An_UpdateMultiple_step_with_filtering_attributes_runs_when_any_target_carries_one()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("UpdateMultiple", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key, FilteringAttributes = new[] { "test_followers" } })
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key + "single", FilteringAttributes = new[] { "test_followers" } })
            .Build();
        var service = dataverse.GetOrganizationService();
        var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = Profiles("a", "b") })).Ids;

        service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection { EntityName = Tables.Profile, Entities = { new Entity(Tables.Profile, ids[0]) { ["test_name"] = "x" }, new Entity(Tables.Profile, ids[1]) { ["test_followers"] = 3 } } },
        });

        Assert.AreEqual(1, Recorder.For(key).Count);
        Assert.AreEqual(ids[1], Recorder.For(key + "single").Single().PrimaryEntityId, "the Update step runs for the target that carries the column only");
    }

    [TestMethod]
    public void UpsertMultiple_raises_Create_for_new_rows_and_Update_for_existing_ones_under_its_own_step()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key + "create" })
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key + "update" })
            .WithStep<RecordingPlugin>("UpsertMultiple", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key + "upsert" })
            .Build();
        var service = dataverse.GetOrganizationService();
        service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "a" });

        service.Execute(new UpsertMultipleRequest
        {
            Targets = new EntityCollection { EntityName = Tables.Profile, Entities = { ByKey("a"), ByKey("b"), ByKey("c") } },
        });

        Assert.AreEqual(3, Recorder.For(key + "create").Count, "one Create before, two from the upsert");
        Assert.AreEqual(1, Recorder.For(key + "update").Count);
        var upsert = Recorder.For(key + "upsert").Single();
        Assert.AreEqual(3, ((UpsertResponse[])upsert.OutputParameters["Results"]).Length);
        Assert.AreEqual("UpsertMultiple", Recorder.For(key + "update").Single().ParentContext.MessageName);
    }

    [TestMethod]
    public void A_single_Upsert_raises_the_UpsertMultiple_step_with_Targets_of_one()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("UpsertMultiple", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key }).Build();

        dataverse.GetOrganizationService().Execute(new UpsertRequest { Target = ByKey("a") });

        var context = Recorder.For(key).Single();
        Assert.AreEqual(1, ((EntityCollection)context.InputParameters["Targets"]).Entities.Count);
        Assert.IsTrue(((UpsertResponse[])context.OutputParameters["Results"]).Single().RecordCreated);
    }

    private static Entity ByKey(string handle) =>
        new(Tables.Profile, new KeyAttributeCollection { ["test_network"] = new OptionSetValue(1), ["test_handle"] = handle }) { ["test_followers"] = 1 };

    private static EntityCollection Profiles(params string[] handles) =>
        new(handles.Select(h => new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = h }).ToList()) { EntityName = Tables.Profile };
}
