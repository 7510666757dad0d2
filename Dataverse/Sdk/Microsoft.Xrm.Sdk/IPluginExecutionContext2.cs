using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds Azure AD object ids, the application id and portal details to the plug-in context. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext2</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid UserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserApplicationId { get; }

    Guid PortalsContactId { get; }

    bool IsPortalsClientCall { get; }
}
