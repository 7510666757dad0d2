using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>
/// A step a plug-in class is registered on (sdkmessageprocessingstep), declared beside the class: the solution packer
/// writes SdkMessageProcessingSteps from these attributes, their one source. A class may be registered on several
/// steps. None of SocialCrm's steps takes an entity image: they read Targets, which already hold what is written.
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

    /// <summary>The filtering attributes as a list, without blanks.</summary>
    public string[] FilteringAttributeList =>
        FilteringAttributes.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
}
