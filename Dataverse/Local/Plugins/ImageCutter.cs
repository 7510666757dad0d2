using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>Cuts a step's registered images out of the rows read before and after the main operation.</summary>
internal static class ImageCutter
{
    public static EntityImageCollection Pre(StepRegistration step, EventItem item) => Cut(step, pre: true, item.Before);

    public static EntityImageCollection Post(StepRegistration step, EventItem item) => Cut(step, pre: false, item.After);

    // Loops rather than queries: a step on a *Multiple message asks once per target, images or not.
    private static EntityImageCollection Cut(StepRegistration step, bool pre, Entity? row)
    {
        var collection = new EntityImageCollection();
        if (row is null)
        {
            return collection;
        }

        foreach (var image in step.Images)
        {
            if (pre ? image.IsPre : image.IsPost)
            {
                collection[image.Name] = SdkCloner.Clone(row, name => image.Attributes is null || image.Attributes.Count == 0 || image.Attributes.Contains(name));
            }
        }

        return collection;
    }
}
