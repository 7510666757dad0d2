using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>
/// An entity image registered on a step: a snapshot of the row before or after the main operation, under
/// <see cref="Name"/> (the entity alias) in PreEntityImages/PostEntityImages.
/// </summary>
/// <param name="Name">The key the plug-in reads the image by (EntityAlias).</param>
/// <param name="Type">Pre, post or both.</param>
/// <param name="Attributes">Columns in the image; null means all columns.</param>
/// <param name="MessagePropertyName">The request parameter that identifies the row: Target, or Id for Create.</param>
public sealed record StepImage(string Name, ImageType Type, IReadOnlyList<string>? Attributes = null, string MessagePropertyName = "Target")
{
    public bool IsPre => Type is ImageType.PreImage or ImageType.Both;

    public bool IsPost => Type is ImageType.PostImage or ImageType.Both;
}
