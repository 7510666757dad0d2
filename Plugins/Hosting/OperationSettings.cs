using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// SocialCrm's settings, read once per operation: the first step of an operation reads the environment variables and
/// leaves their values in the context's shared variables (plain strings, which survive the sandbox's serialisation of
/// the context); later steps of the same operation (post-operation after pre-operation) take them from there.
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
/// </summary>
public static class OperationSettings
{
    private const string ReadMarker = "scrm_SettingsRead";
    private const string ValuePrefix = "scrm_Setting:";

    /// <exception cref="InvalidSettingException">A variable holds a value SocialCrm can't use; the message names it.</exception>
    public static SocialCrmSettings Read(ILocalPluginContext context)
    {
        var shared = context.PluginExecutionContext.SharedVariables;
        if (shared.ContainsKey(ReadMarker))
        {
            context.Trace("Settings taken from the operation's shared variables.");
            return SocialCrmSettings.FromEnvironmentVariables(shared
                .Where(variable => variable.Key.StartsWith(ValuePrefix, StringComparison.Ordinal))
                .ToDictionary(variable => variable.Key.Substring(ValuePrefix.Length), variable => variable.Value as string, StringComparer.OrdinalIgnoreCase));
        }

        var values = new EnvironmentVariableStore(context.PluginUserService).ReadValues();
        foreach (var value in values)
        {
            shared[ValuePrefix + value.Key] = value.Value;
        }

        shared[ReadMarker] = true;
        return SocialCrmSettings.FromEnvironmentVariables(values);
    }
}
