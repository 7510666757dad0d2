using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// A Custom API: its request parameters are checked against the definition, its plug-in is the main operation, and what
/// the plug-in puts in OutputParameters is the response. Steps registered on its message run around it as for any other.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api
/// </summary>
internal sealed class CustomApiExecutor : IMessageExecutor
{
    private readonly CustomApiDefinition api;
    private readonly PluginRunner plugins;
    private readonly StepRegistration? mainOperation;

    public CustomApiExecutor(CustomApiDefinition api, PluginRunner plugins)
    {
        this.api = api;
        this.plugins = plugins;
        if (api.PluginType is not null || api.PluginTypeName is not null)
        {
            mainOperation = new StepRegistration(api.PluginTypeName ?? api.PluginType!.AssemblyQualifiedName!, api.UniqueName, api.BoundEntityLogicalName, PipelineStage.MainOperation)
            {
                PluginType = api.PluginType,
                Name = $"{api.UniqueName}: main operation",
            };
        }
    }

    public string MessageName => api.UniqueName;

    public void Prepare(RequestContext context)
    {
        foreach (var parameter in api.RequestParameters)
        {
            var present = context.Request.Parameters.TryGetValue(parameter.UniqueName, out var value) && value is not null;
            if (!present && !parameter.IsOptional)
            {
                throw DataverseFault.InvalidArgument($"The required parameter '{parameter.UniqueName}' of {api.UniqueName} is missing.");
            }

            if (present && !Fits(parameter.Type, value!))
            {
                throw DataverseFault.InvalidArgument($"The parameter '{parameter.UniqueName}' of {api.UniqueName} expects a value of type {parameter.Type}, not {value!.GetType().Name}.");
            }
        }

        var unknown = context.Request.Parameters.Keys.FirstOrDefault(k => k != "Target" && api.RequestParameters.All(p => !string.Equals(p.UniqueName, k, StringComparison.Ordinal)));
        if (unknown is not null)
        {
            throw DataverseFault.InvalidArgument($"{api.UniqueName} has no request parameter named '{unknown}'.");
        }

        if (api.BindingType == 1 && context.Request.Parameters.TryGetValue("Target", out var target) && target is EntityReference bound)
        {
            context.Table = context.References().Table(bound.LogicalName);
            context.Items.Add(new EventItem(bound, bound.Id));
        }
    }

    public OrganizationResponse Execute(RequestContext context)
    {
        var response = new OrganizationResponse { ResponseName = api.UniqueName };
        if (mainOperation is not null)
        {
            var pluginContext = PluginExecutionContext.For(context, api.UniqueName, context.Request.Parameters, PipelineStage.MainOperation, StepMode.Synchronous, mainOperation)
                with { OutputParameters = response.Results };
            plugins.Execute(mainOperation, pluginContext);
        }

        return response;
    }

    // The SDK types each Custom API parameter type takes.
    // https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables#customapifieldtype-choices
    private static bool Fits(CustomApiParameterType type, object value) => type switch
    {
        CustomApiParameterType.Boolean => value is bool,
        CustomApiParameterType.DateTime => value is DateTime,
        CustomApiParameterType.Decimal => value is decimal,
        CustomApiParameterType.Entity => value is Entity,
        CustomApiParameterType.EntityCollection => value is EntityCollection,
        CustomApiParameterType.EntityReference => value is EntityReference,
        CustomApiParameterType.Float => value is double,
        CustomApiParameterType.Integer => value is int,
        CustomApiParameterType.Money => value is Money,
        CustomApiParameterType.Picklist => value is OptionSetValue,
        CustomApiParameterType.String => value is string,
        CustomApiParameterType.StringArray => value is string[],
        CustomApiParameterType.Guid => value is Guid,
        _ => true,
    };
}
