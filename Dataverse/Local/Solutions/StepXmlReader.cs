using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads SdkMessageProcessingSteps into step registrations. Disabled steps (StateCode 1) are skipped, as Dataverse
/// does not run them. Secure configuration never travels in a solution.
/// </summary>
internal static class StepXmlReader
{
    public static IEnumerable<StepRegistration> Read(XElement steps) =>
        steps.Children("SdkMessageProcessingStep").Where(s => s.Int("StateCode") is null or 0).Select(ReadStep);

    private static StepRegistration ReadStep(XElement step)
    {
        var name = step.Attr("Name");
        var message = (SolutionXml.Guid(step.Text("SdkMessageId")) is Guid id ? WellKnownMessages.NameOf(id) : null)
            ?? WellKnownMessages.FromStepName(name)
            ?? throw new FormatException($"Step '{name}' names a message LocalDataverse cannot tell by its id; name the step '<type>: <message> of <table>'.");
        var pluginType = step.Text("PluginTypeName") ?? throw new FormatException($"Step '{name}' has no PluginTypeName.");
        var images = (step.Child("SdkMessageProcessingStepImages")?.Children("SdkMessageProcessingStepImage") ?? Enumerable.Empty<XElement>())
            .Select(i => new StepImage(
                i.Text("EntityAlias") ?? i.Attr("Name") ?? "Image",
                (ImageType)(i.Int("ImageType") ?? 0),
                i.Text("Attributes") is string attributes ? SolutionXml.CommaList(attributes) : null,
                i.Text("MessagePropertyName") ?? "Target"))
            .ToList();
        var primaryEntity = step.Text("PrimaryEntity");

        return new StepRegistration(
            pluginType,
            message,
            primaryEntity is null || primaryEntity.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : primaryEntity.ToLowerInvariant(),
            (PipelineStage)(step.Int("Stage") ?? 40),
            (StepMode)(step.Int("Mode") ?? 0),
            step.Int("Rank") ?? 1)
        {
            Id = SolutionXml.Guid(step.Attr("SdkMessageProcessingStepId")) ?? Guid.NewGuid(),
            Name = name ?? $"{pluginType}: {message}",
            FilteringAttributes = SolutionXml.CommaList(step.Text("FilteringAttributes")),
            UnsecureConfiguration = step.Text("Configuration"),
            Images = images,
            ImpersonatingUserId = SolutionXml.Guid(step.Text("ImpersonatingUserId")),
        };
    }
}
