using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the authenticated user's id to the plug-in context. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext3</summary>
public interface IPluginExecutionContext3 : IPluginExecutionContext2
{
    Guid AuthenticatedUserId { get; }
}
