using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>
/// A Custom API: a message with typed parameters whose main operation is a plug-in.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api
/// </summary>
/// <param name="UniqueName">The message name, e.g. scrm_ScoreSentiment.</param>
/// <param name="PluginTypeName">The plug-in that runs as the main operation; null for a message with no logic.</param>
public sealed record CustomApiDefinition(string UniqueName, string? PluginTypeName)
{
    public IReadOnlyList<CustomApiParameter> RequestParameters { get; init; } = Array.Empty<CustomApiParameter>();

    public IReadOnlyList<CustomApiParameter> ResponseProperties { get; init; } = Array.Empty<CustomApiParameter>();

    /// <summary>0 global, 1 entity, 2 entity collection.</summary>
    public int BindingType { get; init; }

    public string? BoundEntityLogicalName { get; init; }

    public bool IsFunction { get; init; }

    public bool IsPrivate { get; init; }

    /// <summary>The plug-in type itself, for APIs registered in code.</summary>
    public Type? PluginType { get; init; }
}
