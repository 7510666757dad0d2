namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the initiating user agent to the plug-in context. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext5</summary>
public interface IPluginExecutionContext5 : IPluginExecutionContext4
{
    string InitiatingUserAgent { get; }
}
