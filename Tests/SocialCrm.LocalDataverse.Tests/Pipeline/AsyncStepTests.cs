using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline;

[TestClass]
public sealed class AsyncStepTests
{
    [TestMethod]
    public void An_async_step_runs_after_commit_outside_the_transaction_and_its_job_succeeds()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous, s => s with { UnsecureConfiguration = key }).Build();

        var id = dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));
        var context = Recorder.For(key).Single();
        var job = Jobs(dataverse).Single();

        Assert.AreEqual(1, context.Mode);
        Assert.IsFalse(context.IsInTransaction);
        Assert.AreEqual(id, context.PrimaryEntityId);
        Assert.AreEqual(30, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(id, job.GetAttributeValue<EntityReference>("regardingobjectid").Id);
    }

    [TestMethod]
    public void A_failing_async_step_is_recorded_on_its_job_and_does_not_fail_the_request()
    {
        using var dataverse = Tables.Environment().WithStep<ThrowingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous, s => s with { UnsecureConfiguration = "async refusal" }).Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile));
        var job = Jobs(dataverse).Single();

        Assert.AreEqual(id, service.Retrieve(Tables.Profile, id, new ColumnSet(false)).Id);
        Assert.AreEqual(31, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(3, job.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual("async refusal", job["message"]);
        Assert.AreEqual(ErrorCodes.IsvAborted, job["errorcode"]);
    }

    [TestMethod]
    public void On_demand_jobs_wait_until_they_are_run()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithAsyncJobs(AsyncJobMode.OnDemand)
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous, s => s with { UnsecureConfiguration = key })
            .Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));
        var waiting = Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value;
        var pending = dataverse.AsyncJobs.PendingCount;
        var ran = dataverse.AsyncJobs.RunPending();

        Assert.AreEqual(0, waiting);
        Assert.AreEqual(1, pending);
        Assert.AreEqual(1, ran);
        Assert.AreEqual(1, Recorder.For(key).Count);
        Assert.AreEqual(30, Jobs(dataverse).Single().GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void A_rolled_back_request_queues_no_job()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous, s => s with { UnsecureConfiguration = key })
            .WithStep<ThrowingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = "no" })
            .Build();

        Faults.Expect(ErrorCodes.IsvAborted, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile)));

        Assert.AreEqual(0, Jobs(dataverse).Count);
        Assert.AreEqual(0, Recorder.For(key).Count);
    }

    [TestMethod]
    public void The_async_context_keeps_the_target_as_it_was_when_queued()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithAsyncJobs(AsyncJobMode.OnDemand)
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous, s => s with { UnsecureConfiguration = key })
            .Build();
        var target = new Entity(Tables.Profile) { ["test_name"] = "Ada" };

        dataverse.GetOrganizationService().Create(target);
        target["test_name"] = "changed later by the caller";
        dataverse.AsyncJobs.RunPending();

        Assert.AreEqual("Ada", ((Entity)Recorder.For(key).Single().InputParameters["Target"])["test_name"]);
    }

    private static System.Collections.Generic.List<Entity> Jobs(LocalDataverse dataverse) =>
        dataverse.GetOrganizationService().RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(true) }).Entities.ToList();
}
