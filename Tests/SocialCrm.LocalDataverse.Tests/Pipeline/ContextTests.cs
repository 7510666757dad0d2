using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline;

[TestClass]
public sealed class ContextTests
{
    [TestMethod]
    public void The_context_names_the_message_table_stage_row_and_users()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key }).Build();
        var user = dataverse.CreateUser("Grace");

        var id = dataverse.GetOrganizationService(user).Create(new Entity(Tables.Profile));
        var context = Recorder.For(key).Single();

        Assert.AreEqual("Create", context.MessageName);
        Assert.AreEqual(Tables.Profile, context.PrimaryEntityName);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(0, context.Mode);
        Assert.AreEqual(1, context.Depth);
        Assert.AreEqual(id, context.PrimaryEntityId);
        Assert.AreEqual(id, context.OutputParameters["id"]);
        Assert.AreEqual(user, context.UserId);
        Assert.AreEqual(user, context.InitiatingUserId);
        Assert.IsTrue(context.IsInTransaction);
        Assert.IsNull(context.ParentContext);
        Assert.AreNotEqual(Guid.Empty, context.CorrelationId);
        Assert.IsInstanceOfType<Entity>(context.InputParameters["Target"]);
    }

    [TestMethod]
    public void Pre_validation_of_a_top_level_request_runs_outside_the_transaction()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PreValidation, configure: s => s with { UnsecureConfiguration = key }).Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        Assert.IsFalse(Recorder.For(key).Single().IsInTransaction);
    }

    [TestMethod]
    public void A_request_a_plug_in_sends_runs_one_level_deeper_with_the_plug_in_context_as_parent()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<ContactCreatingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<RecordingPlugin>("Create", "contact", PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();
        var user = dataverse.CreateUser("Grace");

        dataverse.GetOrganizationService(user).Create(new Entity(Tables.Profile));
        var child = Recorder.For(key).Single();

        Assert.AreEqual(2, child.Depth);
        Assert.AreEqual("Create", child.ParentContext.MessageName);
        Assert.AreEqual(Tables.Profile, child.ParentContext.PrimaryEntityName);
        Assert.AreEqual(child.CorrelationId, child.ParentContext.CorrelationId);
        Assert.AreEqual(user, child.InitiatingUserId);
    }

    [TestMethod]
    public void Separate_requests_get_separate_correlation_ids()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key }).Build();
        var service = dataverse.GetOrganizationService();

        service.Create(new Entity(Tables.Profile));
        service.Create(new Entity(Tables.Profile));

        Assert.AreNotEqual(Recorder.For(key)[0].CorrelationId, Recorder.For(key)[1].CorrelationId);
    }

    [TestMethod]
    public void A_step_that_impersonates_runs_as_its_user_while_the_initiating_user_stays()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().Build();
        var runAs = dataverse.CreateUser("Service account");
        var caller = dataverse.CreateUser("Grace");
        dataverse.RegisterStep(Step.For<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation) with { UnsecureConfiguration = key, ImpersonatingUserId = runAs });

        dataverse.GetOrganizationService(caller).Create(new Entity(Tables.Profile));

        Assert.AreEqual(runAs, Recorder.For(key).Single().UserId);
        Assert.AreEqual(caller, Recorder.For(key).Single().InitiatingUserId);
    }

    [TestMethod]
    public void A_plug_in_loop_stops_at_depth_8_with_the_loop_error_and_changes_nothing()
    {
        using var dataverse = Tables.Environment().WithStep<LoopingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation).Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_followers"] = 0 });

        var fault = Faults.Expect(ErrorCodes.SdkCorrelationTokenDepthTooHigh, () => service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 100 }));

        StringAssert.Contains(fault.Message, "infinite loop");
        Assert.AreEqual(0, service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"))["test_followers"]);
        Assert.AreEqual(8, dataverse.TraceLog.Entries.Max(e => e.Depth));
    }
}
