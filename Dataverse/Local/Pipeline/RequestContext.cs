using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Extending;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Records;
using SocialCrm.Dataverse.Local.Service;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// One request on its way through the pipeline: the request, its caller, the executor that handles it, the rows it
/// acts on (filled by the executor before any step runs) and what the steps share.
/// </summary>
internal sealed class RequestContext
{
    private readonly ExecutionScope scope;
    private readonly MessagePipeline pipeline;
    private Guid? operationId;
    private ParameterCollection? sharedVariables;

    // Set when the main operation starts; its context is built when first asked for.
    private Guid? mainOperationEntityId;
    private PluginExecutionContext? mainOperation;

    public RequestContext(OrganizationRequest request, CallerContext caller, IMessageExecutor executor, ExecutionScope scope, MessagePipeline pipeline, bool arrivedInTransaction)
    {
        Request = request;
        Caller = caller;
        Executor = executor;
        this.scope = scope;
        this.pipeline = pipeline;
        ArrivedInTransaction = arrivedInTransaction;
        OperationCreatedOn = scope.UtcNow;
    }

    public OrganizationRequest Request { get; }

    public CallerContext Caller { get; }

    public IMessageExecutor Executor { get; }

    /// <summary>The rows the request reads and writes: the writer's store, or a reader's for a read outside any transaction.</summary>
    public IRecordStore Store => scope.Store;

    public MetadataCatalog Metadata => scope.Metadata;

    public OrganizationIdentity Organization => scope.Organization;

    /// <summary>True for a read that runs on a reader's connection, outside any transaction.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Whether a transaction was already open when the request arrived (a plug-in's request, ExecuteTransaction's).</summary>
    public bool ArrivedInTransaction { get; }

    public string MessageName => Request.RequestName;

    /// <summary>The table the request acts on; null for messages with none (ExecuteMultiple, global Custom APIs).</summary>
    public TableDefinition? Table { get; set; }

    public string PrimaryEntityName => Table?.LogicalName ?? "none";

    /// <summary>The rows the request acts on, in request order.</summary>
    public List<EventItem> Items { get; } = new(1);

    /// <summary>True for the *Multiple messages, whose contexts carry Targets rather than Target.</summary>
    public bool IsMultiple { get; set; }

    /// <summary>False for messages that never trigger plug-in steps (ExecuteMultiple dispatches to others that do).</summary>
    public bool RaisesEvents { get; set; } = true;

    public OrganizationResponse? Response { get; set; }

    /// <summary>The registrations <see cref="StepRegistry"/> last looked this request up in, and whether any step applied to it there.</summary>
    public object? StepsLookedUpIn { get; set; }

    /// <inheritdoc cref="StepsLookedUpIn"/>
    public bool HasSteps { get; set; }

    /// <summary>Shared by every plug-in of this request's pipeline, from stage to stage.</summary>
    public ParameterCollection SharedVariables => sharedVariables ??= new();

    // Made when a plug-in first sees the request: most of a batch's requests (a plug-in's single writes) run no step.
    public Guid OperationId => operationId ??= Guid.NewGuid();

    public DateTime OperationCreatedOn { get; }

    /// <summary>
    /// The context of the main operation, the ParentContext of the requests the platform sends for it (Upsert's Create);
    /// null before the main operation. Built when first asked for, since most requests (a plug-in's single writes) send
    /// none, and each context costs a new operation id.
    /// </summary>
    public IPluginExecutionContext? MainOperationContext => mainOperationEntityId is { } id
        ? mainOperation ??= PluginExecutionContext.ForMainOperation(this) with { PrimaryEntityId = id }
        : null;

    /// <summary>Marks the start of the main operation: its context names the row the request acts on as it is now.</summary>
    public void StartMainOperation()
    {
        mainOperationEntityId = PluginExecutionContext.PrimaryEntityIdOf(this, MessageName);
        mainOperation = null;
    }

    // The rows a request writes carry the time it arrived, read from the clock once per request.
    public RecordWriter Writer() => new(Store, Metadata, OperationCreatedOn, Caller.UserId);

    public ReferenceResolver References() => new(Metadata, Store);

    public QueryContext QueryAsCaller() => scope.QueryAs(Caller.UserId);

    /// <summary>What a test author's handler or step sees: the caller, the clock, and a service one level deeper in this request's transaction.</summary>
    public MessageScope Scope() => new(this);

    /// <summary>A service one level deeper in this request's transaction, whose requests have <paramref name="parent"/> as their parent context.</summary>
    public OrganizationService NestedService(IPluginExecutionContext? parent) =>
        new(pipeline, Caller with { Depth = Caller.Depth + 1, Parent = parent, FromPlugin = true });

    /// <summary>Runs step <paramref name="index"/> of the pipeline and, through it, the rest.</summary>
    public void RunStep(int index) => pipeline.RunStep(index, this);

    /// <summary>Sends a request of a batch (ExecuteMultiple, ExecuteTransaction) as this request's caller.</summary>
    public OrganizationResponse Send(OrganizationRequest request) => pipeline.Execute(request, Caller);

    /// <summary>Sends a request on behalf of this one (Upsert's Create or Update): same depth, this request as parent.</summary>
    public OrganizationResponse ExecuteChild(OrganizationRequest request) =>
        pipeline.Execute(request, Caller with { Parent = MainOperationContext ?? Caller.Parent });
}
