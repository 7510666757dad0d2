using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Records;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Runs asynchronous steps after the transaction that queued them commits, outside that transaction, as Dataverse's
/// asynchronous service does, and records each outcome on its system job: succeeded, or failed with the error, so a
/// failure is never lost. Depending on <see cref="AsyncJobMode"/>, jobs run right after the commit or when
/// <see cref="RunPending"/> is called.
/// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
/// </summary>
public sealed class AsyncJobWorker
{
    private readonly PluginRunner plugins;
    private readonly ExecutionScope scope;
    private readonly RequestGate gate;
    private readonly UnitOfWork work;
    private readonly AsyncJobMode mode;
    private readonly List<AsyncJob> pending = new();

    internal AsyncJobWorker(PluginRunner plugins, ExecutionScope scope, RequestGate gate, UnitOfWork work, AsyncJobMode mode)
    {
        this.plugins = plugins;
        this.scope = scope;
        this.gate = gate;
        this.work = work;
        this.mode = mode;
        work.Committed += Enqueue;
    }

    /// <summary>Jobs queued and not run yet (only with <see cref="AsyncJobMode.OnDemand"/>).</summary>
    public int PendingCount => gate.Write(() => pending.Count);

    /// <summary>Runs the jobs waiting to run, oldest first, and those they queue in turn; returns how many ran.</summary>
    public int RunPending() => gate.Write(() =>
    {
        var ran = 0;
        while (pending.Count > 0)
        {
            var job = pending[0];
            pending.RemoveAt(0);
            Run(job);
            ran++;
        }

        return ran;
    });

    /// <summary>Jobs a previous run of a file store queued and never ran: their context is gone, so they are failed.</summary>
    internal void FailInterrupted()
    {
        var query = new QueryExpression(AsyncOperationStatus.Table);
        query.Criteria.AddCondition("statecode", ConditionOperator.NotEqual, AsyncOperationStatus.Completed);
        foreach (var job in scope.Store.Query(query, scope.QueryAs(scope.Organization.SystemUserId)).Entities)
        {
            Finish(job.Id, AsyncOperationStatus.Failed, "LocalDataverse stopped before this system job ran; its execution context was not kept.", ErrorCodes.IsvAborted);
        }
    }

    private void Enqueue(IReadOnlyList<AsyncJob> jobs)
    {
        pending.AddRange(jobs);
        if (mode == AsyncJobMode.AfterCommit)
        {
            RunPending();
        }
    }

    private void Run(AsyncJob job)
    {
        Write(new Entity(AsyncOperationStatus.Table, job.JobId)
        {
            ["statecode"] = new OptionSetValue(AsyncOperationStatus.Locked),
            ["statuscode"] = new OptionSetValue(AsyncOperationStatus.InProgress),
            ["startedon"] = scope.UtcNow,
        });
        try
        {
            plugins.Execute(job.Step, job.Context);
            Finish(job.JobId, AsyncOperationStatus.Succeeded, null, null);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            Finish(job.JobId, AsyncOperationStatus.Failed, fault.Detail.Message, fault.Detail.ErrorCode);
        }
    }

    private void Finish(Guid id, int status, string? message, int? errorCode) =>
        Write(new Entity(AsyncOperationStatus.Table, id)
        {
            ["statecode"] = new OptionSetValue(AsyncOperationStatus.Completed),
            ["statuscode"] = new OptionSetValue(status),
            ["message"] = message,
            ["friendlymessage"] = message,
            ["errorcode"] = errorCode,
            ["completedon"] = scope.UtcNow,
        });

    private void Write(Entity changes) => gate.Write(() => work.Run(() =>
        new RecordWriter(scope.Store, scope.Metadata, scope.UtcNow, scope.Organization.SystemUserId)
            .Update(scope.Metadata.FindTable(AsyncOperationStatus.Table)!, new[] { changes }, ConcurrencyBehavior.Default)));
}
