using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Benchmarks;

/// <summary>
/// The least a plug-in does: read its context and touch the target(s). Measures what the pipeline itself costs per
/// plug-in execution, not what a plug-in's logic costs.
/// </summary>
public sealed class TrivialPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity)
        {
            entity["bench_touched"] = true;
        }

        if (context.InputParameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection)
        {
            foreach (var each in collection.Entities)
            {
                each["bench_touched"] = true;
            }
        }
    }
}
