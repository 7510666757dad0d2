using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The execution context a plug-in receives, filled as Dataverse documents it: depth, parent context, shared
/// variables, initiating user, correlation id, images, Target/Targets. Immutable: a step's context with its images, or
/// the snapshot an asynchronous job keeps, is a <c>with</c> copy.
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context
/// </summary>
internal sealed record PluginExecutionContext : IPluginExecutionContext7
{
    public int Mode { get; init; }

    public int IsolationMode { get; init; } = 2;

    public int Depth { get; init; }

    public string MessageName { get; init; } = string.Empty;

    public string PrimaryEntityName { get; init; } = "none";

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName { get; init; } = "none";

    public ParameterCollection InputParameters { get; init; } = new();

    public ParameterCollection OutputParameters { get; init; } = new();

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public Guid InitiatingUserId { get; init; }

    public Guid BusinessUnitId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = string.Empty;

    public Guid PrimaryEntityId { get; init; }

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityImageCollection[] PreEntityImagesCollection { get; init; } = Array.Empty<EntityImageCollection>();

    public EntityImageCollection[] PostEntityImagesCollection { get; init; } = Array.Empty<EntityImageCollection>();

    public EntityReference OwningExtension { get; init; } = new("sdkmessageprocessingstep", Guid.Empty);

    public Guid CorrelationId { get; init; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; init; }

    public Guid OperationId { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public int Stage { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

    public Guid InitiatingUserApplicationId => Guid.Empty;

    public Guid PortalsContactId => Guid.Empty;

    public bool IsPortalsClientCall => false;

    public Guid AuthenticatedUserId => InitiatingUserId;

    public string InitiatingUserAgent => "LocalDataverse";

    public string EnvironmentId => OrganizationId.ToString("D");

    public Guid TenantId => Guid.Empty;

    public bool IsApplicationUser { get; init; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;

    /// <summary>The context of the core operation (stage 30): the parent of what the platform runs on its behalf.</summary>
    public static PluginExecutionContext ForMainOperation(RequestContext context) =>
        For(context, context.MessageName, context.Request.Parameters, PipelineStage.MainOperation, StepMode.Synchronous, step: null);

    /// <summary>The row a context of <paramref name="message"/> names: the request's only row, none for a *Multiple message.</summary>
    public static Guid PrimaryEntityIdOf(RequestContext context, string message) =>
        context.Items.Count == 1 && !MergedMessages.IsMultiple(message) ? context.Items[0].Id : Guid.Empty;

    /// <summary>A context for <paramref name="message"/> at <paramref name="stage"/>, sharing the request's shared variables.</summary>
    public static PluginExecutionContext For(
        RequestContext context,
        string message,
        ParameterCollection input,
        PipelineStage stage,
        StepMode mode,
        StepRegistration? step,
        EventItem? single = null)
    {
        return new PluginExecutionContext
        {
            Mode = (int)mode,
            Depth = context.Caller.Depth,
            MessageName = message,
            PrimaryEntityName = context.PrimaryEntityName,
            RequestId = context.Request.RequestId ?? context.OperationId,
            InputParameters = input,
            SharedVariables = context.SharedVariables,
            UserId = step?.ImpersonatingUserId ?? context.Caller.UserId,
            InitiatingUserId = context.Caller.InitiatingUserId,
            BusinessUnitId = context.Organization.BusinessUnitId,
            OrganizationId = context.Organization.OrganizationId,
            OrganizationName = context.Organization.Name,
            PrimaryEntityId = single?.Id ?? PrimaryEntityIdOf(context, message),
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step?.Id ?? Guid.Empty) { Name = step?.Name },
            CorrelationId = context.Caller.CorrelationId,
            IsInTransaction = mode == StepMode.Synchronous && (stage != PipelineStage.PreValidation || context.ArrivedInTransaction),
            OperationId = context.OperationId,
            OperationCreatedOn = context.OperationCreatedOn,
            Stage = (int)stage,
            ParentContext = context.Caller.Parent,
            IsApplicationUser = context.Organization.IsApplicationUser(context.Caller.UserId),
        };
    }
}
