using System;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Solution.Identity;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Writes a [PluginStep] as SdkMessageProcessingSteps/{id}.xml holds it in an export: the elements in the order of
/// CustomizationsSolution.xsd's sdkmessageprocessingsteptype, all of those an export writes even when empty
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).
/// </summary>
internal static class StepDocument
{
    /// <summary>The event handler is a plug-in type (its object type code).</summary>
    private const string PluginTypeHandler = "4602";

    public static XDocument Compose(AssemblyRegistrations assembly, DeclaredStep step, SystemMessage message)
    {
        var id = StepIds.For(step.TypeFullName, message.Name, step.PrimaryEntity, step.Stage);
        var sdkMessage = new XElement("SdkMessageId", message.Id.ToString("B"));
        var root = new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", $"{step.TypeFullName}: {message.Name} of {step.PrimaryEntity}"),
            new XAttribute("SdkMessageProcessingStepId", id.ToString("B")),
            new XElement("PluginTypeName", assembly.QualifiedTypeName(step.TypeFullName)),
            new XElement("PluginTypeId", PluginTypeIds.For(step.TypeFullName).ToString("B")),
            new XElement("PrimaryEntity", step.PrimaryEntity),
            new XElement("AsyncAutoDelete", "0"),
            new XElement("Description", step.Description),
            new XElement("FilteringAttributes", step.FilteringAttributes.Length > 0 ? step.FilteringAttributes : null),
            // 0: the step runs on the server, whoever calls.
            new XElement("InvocationSource", "0"),
            new XElement("Mode", step.Mode),
            new XElement("Rank", step.Rank),
            message.IsPublished ? null : new XComment($" Provisional id of {message.Name}: see SystemMessages. "),
            sdkMessage,
            new XElement("EventHandlerTypeCode", PluginTypeHandler),
            new XElement("Stage", step.Stage),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            // 0: server only (not Dynamics 365 for Outlook offline).
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", RegistrationGenerator.IntroducedVersion),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(i => Image(id, i, message))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    // In the order of the schema's sdkmessageprocessingstepimagetype; name and alias alike, as the registration tool
    // proposes them. No Attributes text: every column.
    private static XElement Image(Guid step, DeclaredImage image, SystemMessage message) =>
        new("SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Alias),
            new XElement("SdkMessageProcessingStepImageId", StepIds.ImageFor(step, image.Alias).ToString("B")),
            new XElement("Attributes", image.Attributes.Length > 0 ? image.Attributes : null),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", (int)image.Type),
            new XElement("MessagePropertyName", message.ImageProperty),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", RegistrationGenerator.IntroducedVersion));
}
