using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Registration;

namespace SocialCrm.Plugins.Hosting;

/// <summary>
/// Where a plug-in class says it runs ([PluginStep] or [CustomApi], the one registration source), checked against the
/// context it is actually given: a step registered by hand on another message, table or stage would run logic written
/// for a different shape of data, so it stops instead (as DLaB.Xrm's registered events do).
/// </summary>
public sealed class DeclaredRegistration
{
    private readonly IReadOnlyList<PluginStepAttribute> _steps;
    private readonly CustomApiAttribute? _api;

    private DeclaredRegistration(IReadOnlyList<PluginStepAttribute> steps, CustomApiAttribute? api)
    {
        _steps = steps;
        _api = api;
    }

    public static DeclaredRegistration Of(Type pluginClass) =>
        new DeclaredRegistration(
            pluginClass.GetCustomAttributes<PluginStepAttribute>(inherit: false).ToList(),
            pluginClass.GetCustomAttribute<CustomApiAttribute>(inherit: false));

    /// <summary>Why <paramref name="context"/> is not a registration the class declares; null when it is one.</summary>
    public string? Mismatch(IPluginExecutionContext context)
    {
        if (_api != null)
        {
            return string.Equals(context.MessageName, _api.UniqueName, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"it implements the Custom API {_api.UniqueName}, not the message {context.MessageName}";
        }

        if (_steps.Count == 0)
        {
            return "it declares no [PluginStep] or [CustomApi]";
        }

        return _steps.Any(step => Matches(step, context))
            ? null
            : $"it is declared for {string.Join("; ", _steps.Select(Describe))}, " +
              $"not {context.MessageName} of {context.PrimaryEntityName} at stage {context.Stage.ToString(CultureInfo.InvariantCulture)}";
    }

    private static bool Matches(PluginStepAttribute step, IPluginExecutionContext context) =>
        (int)step.Stage == context.Stage
        && string.Equals(step.PrimaryEntity, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase)
        && (string.Equals(step.Message, context.MessageName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(MergedCounterpart(step.Message), context.MessageName, StringComparison.OrdinalIgnoreCase));

    // Dataverse merges the pipelines of Create/CreateMultiple and Update/UpdateMultiple, and the step's code reads
    // Target or Targets alike, so either name of the pair is the declared message.
    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
    private static string? MergedCounterpart(string message) =>
        message.EndsWith("Multiple", StringComparison.OrdinalIgnoreCase)
            ? message.Substring(0, message.Length - "Multiple".Length)
            : message + "Multiple";

    private static string Describe(PluginStepAttribute step) =>
        $"{step.Message} of {step.PrimaryEntity} at stage {((int)step.Stage).ToString(CultureInfo.InvariantCulture)}";
}
