using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>
/// A plug-in step (sdkmessageprocessingstep): which plug-in type runs for which message on which table, when, and
/// with which configuration and images. Registered from a solution or in code.
/// </summary>
/// <param name="PluginTypeName">Assembly-qualified or full type name of the IPlugin, e.g. "SocialCrm.Plugins.X, SocialCrm.Plugins".</param>
/// <param name="MessageName">Create, Update, CreateMultiple, a Custom API name...</param>
/// <param name="PrimaryEntity">The table the step is registered on; null for any table or for global messages.</param>
public sealed record StepRegistration(
    string PluginTypeName,
    string MessageName,
    string? PrimaryEntity,
    PipelineStage Stage,
    StepMode Mode = StepMode.Synchronous,
    int Rank = 1)
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string Name { get; init; } = $"{PluginTypeName}: {MessageName} of {PrimaryEntity ?? "any Entity"}";

    /// <summary>For Update and UpdateMultiple: the step runs only when one of these columns is in the target.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    /// <summary>Passed as the first argument of the plug-in's (string, string) constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Passed as the second argument; solutions never carry it, only code registration does.</summary>
    public string? SecureConfiguration { get; init; }

    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    /// <summary>The user the plug-in's UserId is set to; null means the calling user.</summary>
    public Guid? ImpersonatingUserId { get; init; }

    /// <summary>
    /// The service endpoint (a webhook) the step posts its execution context to instead of running a plug-in: the step's
    /// EventHandler when its EventHandlerTypeCode is 4618 (serviceendpoint).
    /// </summary>
    public Guid? ServiceEndpointId { get; init; }

    /// <summary>The plug-in type itself, for steps registered in code; null when it is resolved by name.</summary>
    public Type? PluginType { get; init; }
}
