namespace Microsoft.Xrm.Sdk;

/// <summary>Adds whether the calling user is an application user. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext7</summary>
public interface IPluginExecutionContext7 : IPluginExecutionContext6
{
    bool IsApplicationUser { get; }
}
