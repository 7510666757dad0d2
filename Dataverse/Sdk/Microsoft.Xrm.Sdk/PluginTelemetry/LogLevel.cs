namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Severity of a plug-in telemetry entry. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.plugintelemetry.loglevel</summary>
public enum LogLevel
{
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
    None = 6,
}
