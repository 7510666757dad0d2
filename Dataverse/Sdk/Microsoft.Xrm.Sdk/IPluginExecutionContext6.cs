using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the environment and tenant ids to the plug-in context. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext6</summary>
public interface IPluginExecutionContext6 : IPluginExecutionContext5
{
    string EnvironmentId { get; }

    Guid TenantId { get; }
}
