using System;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// One plug-in execution as the trace log keeps it (the local plugintracelog): what ran, for which message, and what
/// it traced. Kept whether or not the request's transaction committed.
/// </summary>
public sealed record TraceEntry(
    string PluginType,
    string StepName,
    string MessageName,
    string PrimaryEntity,
    int Stage,
    int Mode,
    int Depth,
    Guid CorrelationId,
    string Text,
    string? Exception);
