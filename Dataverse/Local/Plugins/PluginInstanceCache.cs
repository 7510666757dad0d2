using System;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Creates plug-in instances as Dataverse does, once per step, with the (unsecure, secure) constructor when the type has
/// one, and keeps them for later executions: a plug-in that keeps state in fields misbehaves here as it would there.
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#services-you-can-use-in-your-code
/// </summary>
internal sealed class PluginInstanceCache
{
    private readonly ConcurrentDictionary<Guid, IPlugin> instances = new();
    private readonly PluginTypeResolver resolver;

    public PluginInstanceCache(PluginTypeResolver resolver)
    {
        this.resolver = resolver;
    }

    public IPlugin Get(StepRegistration step) => instances.GetOrAdd(step.Id, _ => Create(resolver.Resolve(step), step.UnsecureConfiguration, step.SecureConfiguration));

    private static IPlugin Create(Type type, string? unsecure, string? secure)
    {
        try
        {
            if (type.GetConstructor(new[] { typeof(string), typeof(string) }) is ConstructorInfo both)
            {
                return (IPlugin)both.Invoke(new object?[] { unsecure, secure });
            }

            if (type.GetConstructor(new[] { typeof(string) }) is ConstructorInfo one)
            {
                return (IPlugin)one.Invoke(new object?[] { unsecure });
            }

            return (IPlugin)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e)
        {
            throw DataverseFault.Create(ErrorCodes.IsvAborted, $"The constructor of plug-in type {type.FullName} failed: {e.InnerException?.Message}");
        }
    }
}
