using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Records;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// One request on its way through the pipeline: the request, its caller, the executor that handles it, the rows it
/// acts on (filled by the executor before any step runs) and what the steps share.
/// </summary>
internal sealed class RequestContext
{
    public RequestContext(LocalDataverse environment, OrganizationRequest request, CallerContext caller, IMessageExecutor executor)
    {
        Environment = environment;
        Request = request;
        Caller = caller;
        Executor = executor;
        OperationCreatedOn = environment.UtcNow;
    }

    public LocalDataverse Environment { get; }

    public OrganizationRequest Request { get; }

    public CallerContext Caller { get; }

    public IMessageExecutor Executor { get; }

    public string MessageName => Request.RequestName;

    /// <summary>The table the request acts on; null for messages with none (ExecuteMultiple, global Custom APIs).</summary>
    public TableDefinition? Table { get; set; }

    public string PrimaryEntityName => Table?.LogicalName ?? "none";

    /// <summary>The rows the request acts on, in request order.</summary>
    public List<EventItem> Items { get; } = new();

    /// <summary>True for the *Multiple messages, whose contexts carry Targets rather than Target.</summary>
    public bool IsMultiple { get; set; }

    /// <summary>False for messages that never trigger plug-in steps (ExecuteMultiple dispatches to others that do).</summary>
    public bool RaisesEvents { get; set; } = true;

    public OrganizationResponse? Response { get; set; }

    /// <summary>Shared by every plug-in of this request's pipeline, from stage to stage.</summary>
    public ParameterCollection SharedVariables { get; } = new();

    public Guid OperationId { get; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; }

    /// <summary>The context of the main operation, the ParentContext of the requests the platform sends for it (Upsert's Create).</summary>
    public IPluginExecutionContext? MainOperationContext { get; set; }

    public RecordWriter Writer() => new(Environment.Store, Environment.Metadata, Environment.UtcNow, Caller.UserId);

    public ReferenceResolver References() => new(Environment.Metadata, Environment.Store);

    /// <summary>Sends a request on behalf of this one (Upsert's Create or Update): same depth, this request as parent.</summary>
    public OrganizationResponse ExecuteChild(OrganizationRequest request) =>
        Environment.Pipeline.Execute(request, Caller with { Parent = MainOperationContext ?? Caller.Parent });
}
