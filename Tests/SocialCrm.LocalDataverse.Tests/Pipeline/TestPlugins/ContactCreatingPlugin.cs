using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>Creates a contact named after the row that triggered it, through the service its context gives.</summary>
public sealed class ContactCreatingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Create(new Entity("contact") { ["lastname"] = "made by " + context.PrimaryEntityId });
    }
}
