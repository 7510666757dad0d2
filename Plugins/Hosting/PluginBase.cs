using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// The one guarded entry point of every SocialCrm plug-in (the shape of `pac plugin init`'s PluginBase): builds the
/// context, traces entry and exit with the correlation id, runs the concrete step and converts organisation-service
/// faults and unusable environment variables to InvalidPluginExecutionException once, here. Plug-ins are stateless: Dataverse caches and reuses instances.
/// </summary>
public abstract class PluginBase : IPlugin
{
    protected PluginBase(Type pluginClass)
    {
        PluginClassName = pluginClass.ToString();
    }

    protected string PluginClassName { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        context.Trace($"Entered {PluginClassName}.Execute() Correlation Id: {execution.CorrelationId}, Initiating User: {execution.InitiatingUserId}, Message: {execution.MessageName}, Stage: {execution.Stage}, Depth: {execution.Depth}");
        try
        {
            ExecuteDataversePlugin(context);
        }
        catch (InvalidSettingException setting)
        {
            context.Trace($"Invalid setting {setting.VariableName}: {setting.Message}");
            throw new InvalidPluginExecutionException(setting.Message, setting);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            context.Trace($"Organization service fault: {fault.Detail?.Message ?? fault.Message}");
            throw new InvalidPluginExecutionException($"{PluginClassName}: the organization service failed: {fault.Detail?.Message ?? fault.Message}", fault);
        }
        finally
        {
            context.Trace($"Exiting {PluginClassName}.Execute()");
        }
    }

    protected abstract void ExecuteDataversePlugin(ILocalPluginContext context);
}
