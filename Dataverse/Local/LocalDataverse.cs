using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Extending;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Records;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Service;
using SocialCrm.Dataverse.Local.ServiceEndpoints;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local;

/// <summary>
/// An in-process Dataverse environment: metadata from a solution or from code, SQLite storage, the event pipeline with
/// plug-in steps, and an IOrganizationService per user. Three lines in a test:
/// <code>
/// using var dataverse = LocalDataverse.FromSolution(path).Build();
/// var service = dataverse.GetOrganizationService(userId);
/// var traces = dataverse.TraceLog.Text;
/// </code>
/// </summary>
public sealed partial class LocalDataverse : IDisposable
{
    // Fixed ids, so that a file store reopened later finds the same organization, business unit and users.
    private static readonly Guid OrganizationGuid = new("0f1e0c5e-4c0a-4d8a-9a52-6c6f63616c01");
    private static readonly Guid BusinessUnitGuid = new("0f1e0c5e-4c0a-4d8a-9a52-6c6f63616c02");
    private static readonly Guid SystemUserGuid = new("0f1e0c5e-4c0a-4d8a-9a52-6c6f63616c03");
    private static readonly Guid AdministratorGuid = new("0f1e0c5e-4c0a-4d8a-9a52-6c6f63616c04");

    private readonly List<CustomApiDefinition> customApis = new();
    private readonly OrganizationIdentity organization;
    private readonly RequestGate gate = new();
    private readonly UnitOfWork work;
    private readonly WebhookSender webhooks = new();

    // The composition root: each part gets what it uses.
    internal LocalDataverse(LocalDataverseOptions options, MetadataCatalog metadata, IRecordStore store)
    {
        Options = options;
        Metadata = metadata;
        Store = store;
        organization = new OrganizationIdentity(OrganizationGuid, BusinessUnitGuid, options.OrganizationName, SystemUserGuid);
        TraceLog = new TraceLog(options.TraceLogCapacity);
        Calls = new ServiceCallLog(options.CallLogCapacity);
        var scope = new ExecutionScope(store, metadata, organization, options.Clock);
        work = new UnitOfWork(store);
        Plugins = new PluginRunner(new PluginInstanceCache(PluginTypes), TraceLog, scope, () => Pipeline!, ServiceEndpoints, webhooks);
        AsyncJobs = new AsyncJobWorker(Plugins, scope, gate, work, options.AsyncJobs);
        Pipeline = new MessagePipeline(Messages, scope, gate, work, Steps, PipelineOrder.Create(Calls, options.MaxDepth, Steps, Plugins, work, Privileges));
        Store.EnsureSchema(Metadata.Tables);
        EnsurePlatformRows();
        AsyncJobs.FailInterrupted();
    }

    /// <summary>Starts an environment described in code: the standard tables plus <paramref name="tables"/>.</summary>
    public static LocalDataverseBuilder FromMetadata(params TableDefinition[] tables) => new LocalDataverseBuilder().WithTables(tables);

    /// <summary>Starts an environment with a solution (a zip or an unpacked folder) imported.</summary>
    public static LocalDataverseBuilder FromSolution(string path) => new LocalDataverseBuilder().WithSolution(path);

    public LocalDataverseOptions Options { get; }

    public MetadataCatalog Metadata { get; }

    /// <summary>The latest plug-in executions and what they traced (<see cref="LocalDataverseOptions.TraceLogCapacity"/>).</summary>
    public TraceLog TraceLog { get; }

    /// <summary>The latest requests the organization service received (<see cref="LocalDataverseOptions.CallLogCapacity"/>),
    /// to count what plug-ins send.</summary>
    public ServiceCallLog Calls { get; }

    /// <summary>
    /// How many SELECT statements the store has run so far: a test reads it before and after a request to check that a
    /// batch of a thousand rows costs as many queries as a batch of ten.
    /// </summary>
    public long QueriesRun => Store.QueryCount;

    /// <summary>The asynchronous steps: run pending ones, see what is queued.</summary>
    public AsyncJobWorker AsyncJobs { get; }

    /// <summary>The Custom APIs registered in the environment, for the Web API's $metadata and action routing.</summary>
    public IReadOnlyList<CustomApiDefinition> CustomApis => customApis;

    public Guid OrganizationId => OrganizationGuid;

    public Guid BusinessUnitId => BusinessUnitGuid;

    /// <summary>The SYSTEM user: plug-ins get it from CreateOrganizationService(null).</summary>
    public Guid SystemUserId => SystemUserGuid;

    /// <summary>The user services run as when no user is given.</summary>
    public Guid AdministratorId => AdministratorGuid;

    internal IRecordStore Store { get; }

    internal MessagePipeline Pipeline { get; }

    internal MessageRegistry Messages { get; } = MessageRegistry.WithPlatformMessages();

    internal StepRegistry Steps { get; } = new();

    internal PluginTypeResolver PluginTypes { get; } = new();

    internal ServiceEndpointRegistry ServiceEndpoints { get; } = new();

    internal PluginRunner Plugins { get; }

    internal DateTime UtcNow => Options.Clock.GetUtcNow().UtcDateTime;

    /// <summary>An organization service whose requests run as <paramref name="userId"/> (the administrator when null).</summary>
    public IOrganizationService GetOrganizationService(Guid? userId = null) =>
        new OrganizationService(Pipeline, CallerContext.TopLevel(userId ?? AdministratorId));

    /// <summary>Adds a systemuser row and returns its id; an application user is what the worker signs in as.</summary>
    public Guid CreateUser(string fullName, bool isApplicationUser = false)
    {
        var user = new Entity("systemuser") { ["fullname"] = fullName, ["businessunitid"] = new EntityReference("businessunit", BusinessUnitId) };
        if (isApplicationUser)
        {
            user["applicationid"] = Guid.NewGuid();
        }

        var id = GetOrganizationService(SystemUserId).Create(user);
        if (isApplicationUser)
        {
            organization.AddApplicationUser(id);
        }

        return id;
    }

    public void RegisterStep(StepRegistration step) => Steps.Add(step);

    /// <summary>Adds a webhook service endpoint, as importing a solution that has one does.</summary>
    public void RegisterServiceEndpoint(ServiceEndpointDefinition endpoint) => ServiceEndpoints.Add(endpoint);

    /// <summary>
    /// What an admin sets on an imported webhook (its serviceendpoint row's Url and AuthValue): where it posts and the key
    /// it sends as `code`. Until then the endpoint's steps do not run.
    /// </summary>
    public void SetServiceEndpoint(string name, Uri url, string key) => ServiceEndpoints.Set(name, url, key);

    /// <summary>Makes <paramref name="handler"/> the main operation of its message (replacing a platform one of that name).</summary>
    public void RegisterMessageHandler(IMessageHandler handler) => Messages.Add(new HandlerExecutor(handler));

    /// <summary>
    /// Writes rows as they are, as FakeXrmEasy's Initialize does: in one transaction, as the SYSTEM user, with the
    /// platform columns filled and the values checked against metadata, but without running any plug-in step.
    /// </summary>
    public void Seed(IEnumerable<Entity> records)
    {
        var rows = records.Select(r => SdkCloner.Clone(r)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        RunInTransaction(() =>
        {
            var writer = new RecordWriter(Store, Metadata, UtcNow, SystemUserId);
            var references = new ReferenceResolver(Metadata, Store);
            foreach (var table in rows.GroupBy(r => r.LogicalName))
            {
                writer.Create(references.Table(table.Key), table.ToList());
            }
        });
    }

    public void RegisterCustomApi(CustomApiDefinition api)
    {
        Messages.Add(new CustomApiExecutor(api, Plugins));
        customApis.RemoveAll(a => string.Equals(a.UniqueName, api.UniqueName, StringComparison.OrdinalIgnoreCase));
        customApis.Add(api);
    }

    /// <summary>
    /// Runs the requests <paramref name="work"/> sends as one transaction, as ExecuteTransaction and a Web API change set
    /// do: they commit together when it returns and roll back together when it throws. Each request still runs its own
    /// pipeline (its plug-ins, once); asynchronous steps run after the commit.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
    /// </summary>
    public void RunInTransaction(Action work) => gate.Write(() => this.work.Run(work));

    public void Dispose()
    {
        webhooks.Dispose();
        Store.Dispose();
    }

    /// <summary>Runs <paramref name="read"/> as a reader: beside other reads, never seeing uncommitted rows.</summary>
    internal T ReadCommitted<T>(Func<IRecordStore, T> read) => gate.ReadCommitted(Store, read);

    private void EnsurePlatformRows()
    {
        var service = GetOrganizationService(SystemUserId);
        EnsureRow(service, new Entity("businessunit", BusinessUnitGuid) { ["name"] = Options.OrganizationName });
        EnsureRow(service, new Entity("systemuser", SystemUserGuid) { ["fullname"] = "SYSTEM", ["businessunitid"] = new EntityReference("businessunit", BusinessUnitGuid) });
        EnsureRow(service, new Entity("systemuser", AdministratorGuid) { ["fullname"] = "LocalDataverse Administrator", ["businessunitid"] = new EntityReference("businessunit", BusinessUnitGuid) });
    }

    private void EnsureRow(IOrganizationService service, Entity row)
    {
        var table = Metadata.FindTable(row.LogicalName)!;
        if (Store.Retrieve(table, new[] { row.Id }, new ColumnSet(false)).Count == 0)
        {
            service.Create(row);
        }
    }
}
