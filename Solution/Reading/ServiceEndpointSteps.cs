using System;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// The steps the source holds by hand: those whose event handler is a service endpoint (a webhook). No plug-in class can
/// declare them, so SdkMessageProcessingSteps/ keeps them while every plug-in step there is generated.
/// </summary>
public static class ServiceEndpointSteps
{
    /// <summary>The object type code of serviceendpoint, as a step's EventHandlerTypeCode names its handler's table
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).</summary>
    public const string ServiceEndpointHandler = "4618";

    public static ComponentFolder Folder { get; } = ComponentFolder.All.Single(f => f.TargetElement == "SdkMessageProcessingSteps");

    public static bool Matches(string componentPath) => Folder.Matches(componentPath);

    public static bool IsHandledByEndpoint(XElement step) =>
        step.Name == "SdkMessageProcessingStep" && string.Equals((string?)step.Element("EventHandlerTypeCode"), ServiceEndpointHandler, StringComparison.Ordinal);
}
