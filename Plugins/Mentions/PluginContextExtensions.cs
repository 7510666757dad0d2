using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Mentions;

/// <summary>Reads the rows of a Create/CreateMultiple/UpdateMultiple event and their images, whichever shape the pipeline gives.</summary>
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

    /// <summary>The image <paramref name="name"/> of the row before the main operation of target <paramref name="index"/>;
    /// null when the step has none for it.</summary>
    public static Entity? PreImage(this IPluginExecutionContext context, int index, string name) =>
        Image(context is IPluginExecutionContext4 bulk ? bulk.PreEntityImagesCollection : null, context.PreEntityImages, index, name);

    /// <summary>The image <paramref name="name"/> of the row after the main operation of target <paramref name="index"/>;
    /// null when the step has none for it.</summary>
    public static Entity? PostImage(this IPluginExecutionContext context, int index, string name) =>
        Image(context is IPluginExecutionContext4 bulk ? bulk.PostEntityImagesCollection : null, context.PostEntityImages, index, name);

    // UpdateMultiple carries one image collection per target (Pre/PostEntityImagesCollection), a single Update its
    // Pre/PostEntityImages.
    // https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#entity-images
    private static Entity? Image(EntityImageCollection[]? perTarget, EntityImageCollection single, int index, string name)
    {
        if (perTarget is { Length: > 0 })
        {
            return index < perTarget.Length && perTarget[index] != null && perTarget[index].TryGetValue(name, out var image) ? image : null;
        }

        return index == 0 && single != null && single.TryGetValue(name, out var only) ? only : null;
    }
}
