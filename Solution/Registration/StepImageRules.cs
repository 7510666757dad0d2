using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local.Solutions;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Which images a step can be given: Dataverse fills none before a Create (no row yet), none after a Delete (no row
/// left), post-images only from post-operation on, and no image at all for messages without a target row
/// (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images). An image it
/// would never fill is a registration mistake, so the packer refuses it, naming the class.
/// </summary>
internal static class StepImageRules
{
    private const int PostOperation = 40;

    public static IEnumerable<string> Problems(DeclaredStep step, SystemMessage message)
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var image in step.Images)
        {
            var where = $"{image.Type} '{image.Alias}' on {message.Name} of {step.PrimaryEntity}";
            if (!aliases.Add(image.Alias))
            {
                yield return $"{where}: another image of the step has this alias; PreEntityImages and PostEntityImages are keyed by it.";
            }

            if (message.ImageProperty is null)
            {
                yield return $"{where}: {message.Name} has no target row, so Dataverse gives its steps no image.";
            }
            else if (image.Type == DeclaredImageType.PreImage && IsCreate(message))
            {
                yield return $"{where}: there is no row before a Create, so Dataverse gives no pre-image.";
            }
            else if (image.Type == DeclaredImageType.PostImage && step.Stage != PostOperation)
            {
                yield return $"{where}: a post-image exists only after the main operation (stage 40), not at stage {step.Stage}.";
            }
            else if (image.Type == DeclaredImageType.PostImage && message.Name == "Delete")
            {
                yield return $"{where}: there is no row after a Delete, so Dataverse gives no post-image.";
            }
        }
    }

    private static bool IsCreate(SystemMessage message) => message.Name is "Create" or "CreateMultiple";
}
