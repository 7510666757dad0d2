using System;
using System.Globalization;

namespace SocialCrm.Solution.Identity;

/// <summary>
/// The fixed id of a generated step (SdkMessageProcessingStepId), derived from what identifies the step, so that every
/// build of the same declaration gives the same id and an upgrade updates the step instead of replacing it.
/// </summary>
public static class StepIds
{
    /// <summary>The namespace of SocialCrm's step ids. Never change it: every registered step id derives from it.</summary>
    public static readonly Guid Namespace = new("0c3d8f5e-6a41-5b7e-9d2c-51f0a8e4b6d3");

    public static Guid For(string typeFullName, string message, string primaryEntity, int stage) =>
        PluginTypeIds.NameBased(Namespace, string.Create(CultureInfo.InvariantCulture, $"{typeFullName}|{message}|{primaryEntity}|{stage}"));

    /// <summary>The fixed id of a step's image (SdkMessageProcessingStepImageId), from the step's id and the image's alias.</summary>
    public static Guid ImageFor(Guid step, string alias) =>
        PluginTypeIds.NameBased(Namespace, string.Create(CultureInfo.InvariantCulture, $"{step:D}|image|{alias}"));
}
