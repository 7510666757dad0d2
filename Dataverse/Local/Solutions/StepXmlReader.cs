using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads SdkMessageProcessingSteps into step registrations, refusing what Dataverse's import refuses: a step without
/// one of the elements the table requires, or whose SdkMessageId names no message (Dataverse finds the message by id,
/// never by the step's name; https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep).
/// Disabled steps (StateCode 1) are read too, then skipped, as Dataverse does not run them. Secure configuration never
/// travels in a solution.
/// </summary>
internal static class StepXmlReader
{
    private const int ServiceEndpointTypeCode = 4618;

    private static readonly string[] RequiredElements = { "SdkMessageId", "PluginTypeName", "Stage", "Mode", "Rank" };

    public static IReadOnlyList<StepRegistration> Read(XElement steps) =>
        steps.Children("SdkMessageProcessingStep").Select(s => (Step: ReadStep(s), Enabled: s.Int("StateCode") is null or 0))
            .Where(s => s.Enabled).Select(s => s.Step).ToList();

    // The step's handler is a service endpoint when EventHandlerTypeCode names that table (4618); then EventHandler is its id.
    private static Guid? ServiceEndpointHandler(XElement step, string where) =>
        step.Int("EventHandlerTypeCode") != ServiceEndpointTypeCode ? null
        : SolutionXml.Guid(step.Text("EventHandler")) ?? throw new FormatException($"{where}, <EventHandler>: '{step.Text("EventHandler")}' is not the GUID of a service endpoint.");

    private static StepRegistration ReadStep(XElement step)
    {
        var name = step.Attr("Name");
        var where = $"{SolutionPackage.CustomizationsFile}, <SdkMessageProcessingStep Name=\"{name}\">";
        var id = SolutionXml.Guid(step.Attr("SdkMessageProcessingStepId"))
            ?? throw new FormatException($"{where}: the SdkMessageProcessingStepId attribute is missing or not a GUID.");
        if (RequiredElements.FirstOrDefault(e => step.Text(e) is null) is { } missing)
        {
            throw new FormatException($"{where}: the required element <{missing}> is missing or empty.");
        }

        var messageId = SolutionXml.Guid(step.Text("SdkMessageId"));
        var message = (messageId is Guid known ? SystemMessages.WithId(known) : null)
            ?? throw new FormatException($"{where}, <SdkMessageId>: sdkmessage With Id = {step.Text("SdkMessageId")} Does Not Exist " +
                $"(LocalDataverse knows {string.Join(", ", SystemMessages.All.Select(m => m.Name))}).");
        // 30, the main operation, belongs to the message's own handler (a Custom API's plug-in), never to a step.
        var stage = step.Int("Stage") is int s and (10 or 20 or 40) ? (PipelineStage)s
            : throw new FormatException($"{where}, <Stage>: {step.Text("Stage")} is not a stage a step can be registered on (10, 20 or 40).");
        var mode = step.Int("Mode") is int m && Enum.IsDefined(typeof(StepMode), m) ? (StepMode)m
            : throw new FormatException($"{where}, <Mode>: {step.Text("Mode")} is neither 0 (synchronous) nor 1 (asynchronous).");
        var rank = step.Int("Rank") ?? throw new FormatException($"{where}, <Rank>: {step.Text("Rank")} is not a number.");
        var pluginType = step.Text("PluginTypeName")!;
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
            message.Name,
            primaryEntity is null || primaryEntity.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : primaryEntity.ToLowerInvariant(),
            stage,
            mode,
            rank)
        {
            Id = id,
            Name = name ?? $"{pluginType}: {message.Name}",
            FilteringAttributes = SolutionXml.CommaList(step.Text("FilteringAttributes")),
            UnsecureConfiguration = step.Text("Configuration"),
            Images = images,
            ImpersonatingUserId = SolutionXml.Guid(step.Text("ImpersonatingUserId")),
            ServiceEndpointId = ServiceEndpointHandler(step, where),
        };
    }
}
