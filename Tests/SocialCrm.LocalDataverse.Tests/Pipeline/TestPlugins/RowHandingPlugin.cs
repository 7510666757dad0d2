using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

/// <summary>
/// Leaves a row with a linked table's column (an AliasedValue, as a query with a link returns it) in the shared variables,
/// as a pre-operation step hands what it read on to post-operation.
/// </summary>
public sealed class RowHandingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables["handed"] = new Entity("test_post", Guid.Empty)
        {
            ["author.test_network"] = new AliasedValue("test_profile", "test_network", new OptionSetValue(2)),
        };
    }
}
