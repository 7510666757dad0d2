using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Gives a plug-in organization services whose requests run one level deeper, with the plug-in's context as parent.
/// A null user means the SYSTEM user, a given id that user.
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
/// </summary>
internal sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly MessagePipeline pipeline;
    private readonly Guid systemUserId;
    private readonly IPluginExecutionContext context;

    public OrganizationServiceFactory(MessagePipeline pipeline, Guid systemUserId, IPluginExecutionContext context)
    {
        this.pipeline = pipeline;
        this.systemUserId = systemUserId;
        this.context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new OrganizationService(pipeline, new CallerContext(userId ?? systemUserId, context.InitiatingUserId, context.Depth + 1, context.CorrelationId, context, FromPlugin: true));
}
