namespace Microsoft.Xrm.Sdk;

/// <summary>Trace log of a plug-in execution. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.itracingservice</summary>
public interface ITracingService
{
    void Trace(string format, params object[] args);
}
