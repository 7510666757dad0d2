using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>
/// Counts the rows of its table through its organization service and records the count (as the shared variable
/// "counted") with its context, under the key its unsecure configuration names.
/// </summary>
public sealed class RowCountingPlugin : IPlugin
{
    private readonly string key;

    public RowCountingPlugin(string unsecure, string secure)
    {
        key = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext7)serviceProvider.GetService(typeof(IPluginExecutionContext7))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var rows = factory.CreateOrganizationService(context.UserId).RetrieveMultiple(new QueryExpression(context.PrimaryEntityName)).Entities.Count;
        context.SharedVariables["counted"] = rows;
        Recorder.Add(key, context);
    }
}
