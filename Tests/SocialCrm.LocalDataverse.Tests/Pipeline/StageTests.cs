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
public sealed class StageTests
{
    [TestMethod]
    public void A_pre_operation_step_changes_the_target_before_it_is_written()
    {
        using var dataverse = Tables.Environment()
            .WithStep<StampingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = "stamped" })
            .Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        Assert.AreEqual("stamped", service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void A_throwing_post_operation_step_leaves_no_row_and_undoes_what_earlier_steps_wrote()
    {
        using var dataverse = Tables.Environment()
            .WithStep<ContactCreatingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { Rank = 1 })
            .WithStep<ThrowingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { Rank = 2, UnsecureConfiguration = "No profiles today." })
            .Build();
        var service = dataverse.GetOrganizationService();

        var fault = Faults.Expect(ErrorCodes.IsvAborted, () => service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" }));

        Assert.AreEqual("No profiles today.", fault.Message);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("contact")).Entities.Count);
    }

    [TestMethod]
    public void A_plug_in_bug_surfaces_as_an_unexpected_plug_in_error()
    {
        using var dataverse = Tables.Environment().WithStep<CrashingPlugin>("Create", Tables.Profile, PipelineStage.PreValidation).Build();

        var fault = Faults.Expect(unchecked((int)0x80040224), () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile)));

        StringAssert.Contains(fault.Message, "the plug-in has a bug");
    }

    [TestMethod]
    public void Steps_of_a_stage_run_in_rank_order()
    {
        using var dataverse = Tables.Environment()
            .WithStep<StampingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { Rank = 2, UnsecureConfiguration = "second" })
            .WithStep<StampingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { Rank = 1, UnsecureConfiguration = "first" })
            .Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile));

        Assert.AreEqual("second", service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void Shared_variables_set_before_the_operation_are_seen_after_it()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<StampingPlugin>("Create", Tables.Profile, PipelineStage.PreValidation, configure: s => s with { UnsecureConfiguration = "early" })
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        Assert.AreEqual("early", Recorder.For(key).Single().SharedVariables["stamped"]);
    }

    [TestMethod]
    public void Plug_in_instances_are_created_once_per_step_and_reused()
    {
        using var dataverse = Tables.Environment().WithStep<CountingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation).Build();
        var service = dataverse.GetOrganizationService();

        service.Create(new Entity(Tables.Profile));
        service.Create(new Entity(Tables.Profile));

        CollectionAssert.AreEqual(new[] { "execution 1", "execution 2" }, dataverse.TraceLog.Entries.Select(e => e.Text).ToArray());
    }

    [TestMethod]
    public void The_constructor_receives_the_unsecure_and_secure_configuration()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key, SecureConfiguration = "s3cret" })
            .Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        StringAssert.EndsWith(dataverse.TraceLog.Text, "secure 's3cret'");
        Assert.AreEqual(1, Recorder.For(key).Count);
    }

    [TestMethod]
    public void The_trace_of_a_failed_execution_is_kept()
    {
        using var dataverse = Tables.Environment().WithStep<ThrowingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = "no" }).Build();

        Faults.Expect(ErrorCodes.IsvAborted, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile)));

        var entry = dataverse.TraceLog.For(nameof(ThrowingPlugin)).Single();
        Assert.AreEqual("about to refuse", entry.Text);
        StringAssert.Contains(entry.Exception, "InvalidPluginExecutionException");
        Assert.AreEqual(20, entry.Stage);
    }

    [TestMethod]
    public void Steps_on_other_tables_and_messages_do_not_run()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Create", "contact", PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        Assert.AreEqual(0, Recorder.For(key).Count);
    }

    [TestMethod]
    public void Update_steps_with_filtering_attributes_run_only_when_the_target_carries_one()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key, FilteringAttributes = new[] { "test_followers" } })
            .Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        service.Update(new Entity(Tables.Profile, id) { ["test_name"] = "x" });
        service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 1 });

        Assert.AreEqual(1, Recorder.For(key).Count);
    }

    [TestMethod]
    public void What_a_plug_in_logs_through_ILogger_lands_in_its_trace()
    {
        using var dataverse = Tables.Environment().WithStep<LoggingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation).Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        Assert.AreEqual("[Warning] follower count 42 looks odd", dataverse.TraceLog.Text);
    }
}
