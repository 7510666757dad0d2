using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The IServiceProvider a plug-in's Execute receives: its execution context (every IPluginExecutionContext version),
/// tracing, the telemetry logger (writing to the trace), the organization service factory and the environment variable
/// service.
/// </summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginExecutionContext context;
    private readonly ITracingService tracing;
    private readonly IOrganizationServiceFactory factory;
    private readonly IEnvironmentVariableService environmentVariables;

    public PluginServiceProvider(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, IEnvironmentVariableService environmentVariables)
    {
        this.context = context;
        this.tracing = tracing;
        this.factory = factory;
        this.environmentVariables = environmentVariables;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType.IsInstanceOfType(context) && serviceType.IsInterface)
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return factory;
        }

        if (serviceType == typeof(Microsoft.Xrm.Sdk.PluginTelemetry.ILogger))
        {
            return new PluginLogger(tracing);
        }

        if (serviceType == typeof(IEnvironmentVariableService))
        {
            return environmentVariables;
        }

        return null;
    }
}
