using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// Resolves the services of one execution. The context and tracing are read up front; organisation services are created
/// on first use (as DLaB.Xrm does), so a step pays only for the services it touches.
/// </summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly IServiceProvider _serviceProvider;
    private readonly Lazy<IOrganizationServiceFactory> _factory;
    private readonly Lazy<IOrganizationService> _pluginUserService;
    private readonly Lazy<IOrganizationService> _initiatingUserService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        _serviceProvider = serviceProvider ?? throw new InvalidPluginExecutionException(nameof(serviceProvider));
        PluginExecutionContext = Require<IPluginExecutionContext>();
        TracingService = new LocalTracingService(serviceProvider);
        Logger = serviceProvider.GetService(typeof(ILogger)) as ILogger;
        NotificationService = serviceProvider.GetService(typeof(IServiceEndpointNotificationService)) as IServiceEndpointNotificationService;
        _factory = new Lazy<IOrganizationServiceFactory>(Require<IOrganizationServiceFactory>);
        _pluginUserService = new Lazy<IOrganizationService>(() => _factory.Value.CreateOrganizationService(PluginExecutionContext.UserId));
        _initiatingUserService = new Lazy<IOrganizationService>(() => _factory.Value.CreateOrganizationService(PluginExecutionContext.InitiatingUserId));
    }

    public IOrganizationService PluginUserService => _pluginUserService.Value;

    public IOrganizationService InitiatingUserService => _initiatingUserService.Value;

    public IPluginExecutionContext PluginExecutionContext { get; }

    public IServiceEndpointNotificationService? NotificationService { get; }

    public ITracingService TracingService { get; }

    public ILogger? Logger { get; }

    public DateTime UtcNow => PluginExecutionContext.OperationCreatedOn.ToUniversalTime();

    public void Trace(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return;
        }
        TracingService.Trace("{0}", message);
    }

    private T Require<T>() where T : class =>
        _serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"The service provider has no {typeof(T).Name}.");
}
