using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Runs asynchronous steps after the transaction that raised them commits, outside any transaction, as Dataverse's
/// asynchronous service does. Each job is an asyncoperation row (the system job): waiting, then succeeded or failed
/// with the error, so a failure is recorded and never lost. Depending on <see cref="AsyncJobMode"/>, jobs run right
/// after the commit or when <see cref="RunPending"/> is called.
/// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
/// </summary>
public sealed class AsyncJobRunner
{
    // asyncoperation state and status values: Ready/WaitingForResources, Locked/InProgress, Completed/Succeeded|Failed.
    private const int Ready = 0;
    private const int WaitingForResources = 0;
    private const int Locked = 2;
    private const int InProgress = 20;
    private const int Completed = 3;
    private const int Succeeded = 30;
    private const int Failed = 31;

    private readonly LocalDataverse environment;
    private readonly List<AsyncJob> pending = new();

    internal AsyncJobRunner(LocalDataverse environment)
    {
        this.environment = environment;
    }

    /// <summary>Jobs queued and not run yet (only with <see cref="AsyncJobMode.OnDemand"/>).</summary>
    public int PendingCount => pending.Count;

    /// <summary>Runs the jobs waiting to run, oldest first, and those they queue in turn; returns how many ran.</summary>
    public int RunPending()
    {
        var ran = 0;
        environment.RunExclusively(() =>
        {
            while (pending.Count > 0)
            {
                var job = pending[0];
                pending.RemoveAt(0);
                Run(job);
                ran++;
            }
        });
        return ran;
    }

    internal IEnumerable<AsyncJob> Queue(RequestContext context, StepInvocation invocation)
    {
        foreach (var pluginContext in environment.Plugins.Contexts(context, invocation, PipelineStage.PostOperation, StepMode.Asynchronous))
        {
            // The job keeps the context as it was when queued: later changes to the request's entities do not reach it.
            var snapshot = pluginContext with
            {
                InputParameters = SdkCloner.Clone(pluginContext.InputParameters),
                OutputParameters = SdkCloner.Clone(pluginContext.OutputParameters),
                SharedVariables = SdkCloner.Clone(pluginContext.SharedVariables),
                PreEntityImages = SdkCloner.Clone(pluginContext.PreEntityImages),
                PostEntityImages = SdkCloner.Clone(pluginContext.PostEntityImages),
                PreEntityImagesCollection = pluginContext.PreEntityImagesCollection.Select(SdkCloner.Clone).ToArray(),
                PostEntityImagesCollection = pluginContext.PostEntityImagesCollection.Select(SdkCloner.Clone).ToArray(),
                IsInTransaction = false,
            };
            var job = new Entity("asyncoperation")
            {
                ["name"] = invocation.Step.Name,
                ["operationtype"] = new OptionSetValue(1),
                ["messagename"] = snapshot.MessageName,
                ["primaryentitytype"] = snapshot.PrimaryEntityName,
                ["correlationid"] = snapshot.CorrelationId,
                ["depth"] = snapshot.Depth,
                ["statecode"] = new OptionSetValue(Ready),
                ["statuscode"] = new OptionSetValue(WaitingForResources),
            };
            if (snapshot.PrimaryEntityId != Guid.Empty && snapshot.MessageName != "Delete")
            {
                job["regardingobjectid"] = new EntityReference(snapshot.PrimaryEntityName, snapshot.PrimaryEntityId);
            }

            var id = context.Writer().Create(Table(), new[] { job })[0];
            yield return new AsyncJob(id, invocation.Step, snapshot);
        }
    }

    internal void Committed(IReadOnlyList<AsyncJob> jobs)
    {
        pending.AddRange(jobs);
        if (environment.Options.AsyncJobs == AsyncJobMode.AfterCommit)
        {
            RunPending();
        }
    }

    /// <summary>Jobs a previous run of a file store queued and never ran: their context is gone, so they are failed.</summary>
    internal void FailInterrupted()
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("asyncoperation");
        query.Criteria.AddCondition("statecode", Microsoft.Xrm.Sdk.Query.ConditionOperator.NotEqual, Completed);
        var interrupted = environment.Store.Query(query, new Storage.QueryContext(environment.Metadata, environment.UtcNow, environment.SystemUserId)).Entities;
        foreach (var job in interrupted)
        {
            Finish(job.Id, Failed, "LocalDataverse stopped before this system job ran; its execution context was not kept.", Faults.ErrorCodes.IsvAborted);
        }
    }

    private void Run(AsyncJob job)
    {
        Write(job.JobId, new Entity("asyncoperation", job.JobId)
        {
            ["statecode"] = new OptionSetValue(Locked),
            ["statuscode"] = new OptionSetValue(InProgress),
            ["startedon"] = environment.UtcNow,
        });
        try
        {
            environment.Plugins.Execute(job.Step, job.Context);
            Finish(job.JobId, Succeeded, null, null);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            Finish(job.JobId, Failed, fault.Detail.Message, fault.Detail.ErrorCode);
        }
    }

    private void Finish(Guid id, int status, string? message, int? errorCode) =>
        Write(id, new Entity("asyncoperation", id)
        {
            ["statecode"] = new OptionSetValue(Completed),
            ["statuscode"] = new OptionSetValue(status),
            ["message"] = message,
            ["friendlymessage"] = message,
            ["errorcode"] = errorCode,
            ["completedon"] = environment.UtcNow,
        });

    private void Write(Guid id, Entity changes)
    {
        using var transaction = environment.Store.BeginTransaction();
        new Records.RecordWriter(environment.Store, environment.Metadata, environment.UtcNow, environment.SystemUserId)
            .Update(Table(), new[] { changes }, ConcurrencyBehavior.Default);
        transaction.Commit();
    }

    private Metadata.TableDefinition Table() => environment.Metadata.FindTable("asyncoperation")!;
}
