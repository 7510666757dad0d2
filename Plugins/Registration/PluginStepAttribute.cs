using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>
/// A step a plug-in class is registered on (sdkmessageprocessingstep), declared beside the class: the solution packer
/// writes SdkMessageProcessingSteps from these attributes, their one source. A class may be registered on several
/// steps, and a step may take a pre-image and a post-image (sdkmessageprocessingstepimage), written into the step as an
/// export holds them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepAttribute : Attribute
{
    public PluginStepAttribute(string message, string primaryEntity, PluginStepStage stage)
    {
        Message = message;
        PrimaryEntity = primaryEntity;
        Stage = stage;
    }

    /// <summary>sdkmessageid: Create, CreateMultiple, UpdateMultiple...</summary>
    public string Message { get; }

    /// <summary>sdkmessagefilterid's primary table, e.g. scrm_mention.</summary>
    public string PrimaryEntity { get; }

    public PluginStepStage Stage { get; }

    public PluginStepMode Mode { get; set; } = PluginStepMode.Synchronous;

    /// <summary>Order among the steps of the same stage; lower runs first.</summary>
    public int Rank { get; set; } = 1;

    /// <summary>
    /// Comma-separated column names (as sdkmessageprocessingstep.filteringattributes stores them) for Update and
    /// UpdateMultiple steps: the step runs only when a target carries one of them. Empty: every update.
    /// </summary>
    public string FilteringAttributes { get; set; } = string.Empty;

    /// <summary>sdkmessageprocessingstep.description: what the step does there, shown to administrators.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>
    /// Entity alias (and name) of the image of each row before the main operation, read from
    /// PreEntityImages (PreEntityImagesCollection for the bulk messages); empty: no pre-image. Not on Create: there is
    /// no row before it (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images).
    /// </summary>
    public string PreImage { get; set; } = string.Empty;

    /// <summary>Comma-separated columns of the pre-image; empty: every column (Dataverse's default, and its cost).</summary>
    public string PreImageAttributes { get; set; } = string.Empty;

    /// <summary>
    /// Entity alias (and name) of the image of each row after the main operation; empty: none. Post-operation steps only,
    /// and not on Delete: there is no row after it.
    /// </summary>
    public string PostImage { get; set; } = string.Empty;

    /// <summary>Comma-separated columns of the post-image; empty: every column.</summary>
    public string PostImageAttributes { get; set; } = string.Empty;

    /// <summary>The filtering attributes as a list, without blanks.</summary>
    public string[] FilteringAttributeList =>
        FilteringAttributes.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
}
