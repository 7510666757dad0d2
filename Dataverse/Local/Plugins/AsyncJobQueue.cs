using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Queues an asynchronous step for a request: its system job row is written in the request's transaction, so a job
/// exists exactly when the data that raised it does, and the job keeps a snapshot of the context it will run with.
/// </summary>
internal sealed class AsyncJobQueue
{
    private readonly PluginRunner plugins;

    public AsyncJobQueue(PluginRunner plugins)
    {
        this.plugins = plugins;
    }

    public IEnumerable<AsyncJob> Queue(RequestContext context, StepInvocation invocation)
    {
        var table = context.Metadata.FindTable(AsyncOperationStatus.Table)!;
        foreach (var pluginContext in plugins.Contexts(context, invocation, PipelineStage.PostOperation, StepMode.Asynchronous))
        {
            var snapshot = Snapshot(pluginContext);
            var job = new Entity(AsyncOperationStatus.Table)
            {
                ["name"] = invocation.Step.Name,
                ["operationtype"] = new OptionSetValue(1),
                ["messagename"] = snapshot.MessageName,
                ["primaryentitytype"] = snapshot.PrimaryEntityName,
                ["correlationid"] = snapshot.CorrelationId,
                ["depth"] = snapshot.Depth,
                ["statecode"] = new OptionSetValue(AsyncOperationStatus.Ready),
                ["statuscode"] = new OptionSetValue(AsyncOperationStatus.WaitingForResources),
            };
            if (snapshot.PrimaryEntityId != Guid.Empty && snapshot.MessageName != "Delete")
            {
                job["regardingobjectid"] = new EntityReference(snapshot.PrimaryEntityName, snapshot.PrimaryEntityId);
            }

            var id = context.Writer().Create(table, new[] { job })[0];
            yield return new AsyncJob(id, invocation.Step, snapshot);
        }
    }

    // The job keeps the context as it was when queued: later changes to the request's entities do not reach it.
    private static PluginExecutionContext Snapshot(PluginExecutionContext context) => context with
    {
        InputParameters = SdkCloner.Clone(context.InputParameters),
        OutputParameters = SdkCloner.Clone(context.OutputParameters),
        SharedVariables = SdkCloner.Clone(context.SharedVariables),
        PreEntityImages = SdkCloner.Clone(context.PreEntityImages),
        PostEntityImages = SdkCloner.Clone(context.PostEntityImages),
        PreEntityImagesCollection = context.PreEntityImagesCollection.Select(SdkCloner.Clone).ToArray(),
        PostEntityImagesCollection = context.PostEntityImagesCollection.Select(SdkCloner.Clone).ToArray(),
        IsInTransaction = false,
    };
}
