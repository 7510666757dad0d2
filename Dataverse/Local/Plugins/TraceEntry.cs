using System;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// One plug-in execution as the trace log keeps it (the local plugintracelog): what ran, for which message, and what
/// it traced, and how long it took (Dataverse's performanceexecutionduration). Kept whether or not the request's
/// transaction committed.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/plugintracelog
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
    string? Exception,
    TimeSpan ExecutionDuration);
