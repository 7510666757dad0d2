using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Base interface for a plug-in. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iplugin</summary>
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
