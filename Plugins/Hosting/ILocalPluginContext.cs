using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace SocialCrm.Plugins.Hosting;

/// <summary>What a plug-in may use during one execution, as in Microsoft's `pac plugin init` template.</summary>
public interface ILocalPluginContext
{
    /// <summary>Runs as the user the step is registered to impersonate (by default the calling user).</summary>
    IOrganizationService PluginUserService { get; }

    /// <summary>Runs as the user who started the operation.</summary>
    IOrganizationService InitiatingUserService { get; }

    IPluginExecutionContext PluginExecutionContext { get; }

    IServiceEndpointNotificationService? NotificationService { get; }

    ITracingService TracingService { get; }

    ILogger? Logger { get; }

    /// <summary>The operation's creation time: the one clock every step of an operation agrees on.</summary>
    DateTime UtcNow { get; }

    void Trace(string message);
}
