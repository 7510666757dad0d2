using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// The one guarded entry point of every SocialCrm plug-in (the shape of `pac plugin init`'s PluginBase): builds the
/// context, traces entry and exit with the correlation id, checks the context against the class's declared registration
/// and against its own recursion, runs the concrete step and converts organisation-service faults and unusable
/// environment variables to InvalidPluginExecutionException once, here. Plug-ins are stateless: Dataverse caches and
/// reuses instances, and what is built in the constructor is never changed afterwards.
/// </summary>
public abstract class PluginBase : IPlugin
{
    private readonly DeclaredRegistration _registration;
    private readonly string _runningVariable;

    protected PluginBase(Type pluginClass)
    {
        PluginClassName = pluginClass.ToString();
        _registration = DeclaredRegistration.Of(pluginClass);
        _runningVariable = "scrm_Running:" + pluginClass.FullName;
    }

    protected string PluginClassName { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = new LocalPluginContext(serviceProvider);
        var execution = context.PluginExecutionContext;
        context.Trace($"Entered {PluginClassName}.Execute() Correlation Id: {execution.CorrelationId}, Initiating User: {execution.InitiatingUserId}, Message: {execution.MessageName}, Stage: {execution.Stage}, Depth: {execution.Depth}");
        try
        {
            var mismatch = _registration.Mismatch(execution);
            if (mismatch != null)
            {
                context.Trace($"Not run: {mismatch}.");
                return;
            }

            if (RunsAbove(execution.ParentContext))
            {
                context.Trace($"Not run: {PluginClassName} is already running in a parent operation; its own writes must not run it again.");
                return;
            }

            execution.SharedVariables[_runningVariable] = true;
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

    // A step marks its context's shared variables; a child operation sees them through ParentContext, the documented way
    // to reach a parent pipeline's shared variables.
    // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
    private bool RunsAbove(IPluginExecutionContext? parent)
    {
        for (; parent != null; parent = parent.ParentContext)
        {
            if (parent.SharedVariables != null && parent.SharedVariables.ContainsKey(_runningVariable))
            {
                return true;
            }
        }

        return false;
    }
}
