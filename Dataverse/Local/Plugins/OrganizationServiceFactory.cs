using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Gives a plug-in organization services whose requests run one level deeper, with the plug-in's context as parent.
/// A null user means the SYSTEM user, a given id that user.
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
/// </summary>
internal sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly LocalDataverse environment;
    private readonly IPluginExecutionContext context;

    public OrganizationServiceFactory(LocalDataverse environment, IPluginExecutionContext context)
    {
        this.environment = environment;
        this.context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new OrganizationService(environment, new CallerContext(userId ?? environment.SystemUserId, context.InitiatingUserId, context.Depth + 1, context.CorrelationId, context, FromPlugin: true));
}
