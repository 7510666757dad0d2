namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Identifies a kind of telemetry event by number and name. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.plugintelemetry.eventid</summary>
public class EventId
{
    public EventId(int id, string name)
    {
        Id = id;
        Name = name;
    }

    public int Id { get; }

    public string Name { get; }
}
