using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// The steps and Custom APIs SocialCrm.Plugins declares beside its classes, turned into LocalDataverse registrations:
/// tests run the plug-ins exactly as declared, never with registrations of their own.
/// </summary>
internal static class SocialCrmRegistrations
{
    private static readonly Assembly Plugins = typeof(PluginBase).Assembly;

    public static IEnumerable<StepRegistration> Steps() =>
        Plugins.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<PluginStepAttribute>().Select(step => (Type: type, Step: step)))
            .Select(declared => new StepRegistration(
                declared.Type.AssemblyQualifiedName!,
                declared.Step.Message,
                declared.Step.PrimaryEntity,
                (PipelineStage)(int)declared.Step.Stage,
                (StepMode)(int)declared.Step.Mode,
                declared.Step.Rank)
            {
                PluginType = declared.Type,
                Name = $"{declared.Type.FullName}: {declared.Step.Message} of {declared.Step.PrimaryEntity}",
                FilteringAttributes = declared.Step.FilteringAttributeList,
            });

    public static IEnumerable<CustomApiDefinition> CustomApis() =>
        Plugins.GetTypes()
            .Select(type => (Type: type, Api: type.GetCustomAttribute<CustomApiAttribute>()))
            .Where(declared => declared.Api != null)
            .Select(declared => new CustomApiDefinition(declared.Api!.UniqueName, declared.Type.AssemblyQualifiedName)
            {
                PluginType = declared.Type,
                RequestParameters = declared.Type.GetCustomAttributes<CustomApiRequestParameterAttribute>()
                    .Select(p => new CustomApiParameter(p.UniqueName, (CustomApiParameterType)(int)p.Type, p.IsOptional, p.EntityLogicalName))
                    .ToList(),
                ResponseProperties = declared.Type.GetCustomAttributes<CustomApiResponsePropertyAttribute>()
                    .Select(p => new CustomApiParameter(p.UniqueName, (CustomApiParameterType)(int)p.Type, true, p.EntityLogicalName))
                    .ToList(),
            });
}
