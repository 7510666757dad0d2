using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Mentions;

/// <summary>Reads the rows of a Create/CreateMultiple/UpdateMultiple event, whichever shape the pipeline gives.</summary>
public static class PluginContextExtensions
{
    private const string Targets = "Targets";
    private const string Target = "Target";

    /// <summary>
    /// The entities of the event: Targets for the *Multiple messages, which the merged pipeline also passes (holding one
    /// entity) when a step on CreateMultiple meets a single Create; Target for the single messages.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
    /// </summary>
    public static IList<Entity> TargetEntities(this IPluginExecutionContext context)
    {
        if (context.InputParameters.TryGetValue(Targets, out var targets) && targets is EntityCollection collection)
        {
            return collection.Entities;
        }

        if (context.InputParameters.TryGetValue(Target, out var target) && target is Entity entity)
        {
            return new List<Entity> { entity };
        }

        throw new InvalidPluginExecutionException(
            $"{context.MessageName} of {context.PrimaryEntityName} carries neither Targets nor Target: the step is registered on a message it can't handle.");
    }
}
