using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>Cuts a step's registered images out of the rows read before and after the main operation.</summary>
internal static class ImageCutter
{
    public static EntityImageCollection Pre(StepRegistration step, EventItem item) => Cut(step.Images.Where(i => i.IsPre), item.Before);

    public static EntityImageCollection Post(StepRegistration step, EventItem item) => Cut(step.Images.Where(i => i.IsPost), item.After);

    private static EntityImageCollection Cut(IEnumerable<StepImage> images, Entity? row)
    {
        var collection = new EntityImageCollection();
        if (row is null)
        {
            return collection;
        }

        foreach (var image in images)
        {
            collection[image.Name] = SdkCloner.Clone(row, name => image.Attributes is null || image.Attributes.Count == 0 || image.Attributes.Contains(name));
        }

        return collection;
    }
}
