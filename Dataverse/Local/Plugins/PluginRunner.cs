using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Builds the execution contexts of a step for a request (one, one per item, or one over a Targets of one, as the
/// merged pipeline wants), and executes the step's plug-in with them, keeping what it traced.
/// </summary>
internal sealed class PluginRunner
{
    private readonly LocalDataverse environment;
    private readonly PluginInstanceCache instances;

    public PluginRunner(LocalDataverse environment, PluginInstanceCache instances)
    {
        this.environment = environment;
        this.instances = instances;
    }

    public void Run(RequestContext context, StepInvocation invocation, PipelineStage stage)
    {
        foreach (var pluginContext in Contexts(context, invocation, stage, StepMode.Synchronous))
        {
            Execute(invocation.Step, pluginContext);
        }
    }

    public IEnumerable<PluginExecutionContext> Contexts(RequestContext context, StepInvocation invocation, PipelineStage stage, StepMode mode)
    {
        var step = invocation.Step;
        var post = stage == PipelineStage.PostOperation;
        switch (invocation.Shape)
        {
            case InvocationShape.Direct when Passes(step, context.Items):
                var direct = PluginExecutionContext.For(context, context.MessageName, context.Request.Parameters, stage, mode, step);
                yield return context.IsMultiple
                    ? direct.With(new(), new(), context.Items.Select(i => ImageCutter.Pre(step, i)).ToArray(), post ? context.Items.Select(i => ImageCutter.Post(step, i)).ToArray() : Array.Empty<EntityImageCollection>(), Output(context, post))
                    : direct.With(Pre(step, context.Items), post ? Post(step, context.Items) : new(), Array.Empty<EntityImageCollection>(), Array.Empty<EntityImageCollection>(), Output(context, post));
                break;

            case InvocationShape.PerItem:
                for (var index = 0; index < context.Items.Count; index++)
                {
                    var item = context.Items[index];
                    if (!Passes(step, new[] { item }))
                    {
                        continue;
                    }

                    var input = Copy(context.Request.Parameters, "Targets");
                    input["Target"] = item.Target;
                    yield return PluginExecutionContext.For(context, step.MessageName, input, stage, mode, step, item)
                        .With(ImageCutter.Pre(step, item), post ? ImageCutter.Post(step, item) : new(), Array.Empty<EntityImageCollection>(), Array.Empty<EntityImageCollection>(), post ? ItemOutput(context, index) : new());
                }

                break;

            case InvocationShape.AsCollection when Passes(step, context.Items):
                var single = context.Items[0];
                var collection = Copy(context.Request.Parameters, "Target");
                collection["Targets"] = new EntityCollection(new List<Entity> { (Entity)single.Target }) { EntityName = context.PrimaryEntityName };
                yield return PluginExecutionContext.For(context, step.MessageName, collection, stage, mode, step)
                    .With(new(), new(), new[] { ImageCutter.Pre(step, single) }, post ? new[] { ImageCutter.Post(step, single) } : Array.Empty<EntityImageCollection>(), post ? CollectionOutput(context) : new());
                break;
        }
    }

    public void Execute(StepRegistration step, PluginExecutionContext pluginContext)
    {
        var typeName = step.PluginType?.FullName ?? step.PluginTypeName;
        var tracing = new TracingService();
        string? failure = null;
        try
        {
            var plugin = instances.Get(step);
            plugin.Execute(new PluginServiceProvider(pluginContext, tracing, new OrganizationServiceFactory(environment, pluginContext), new EnvironmentVariableService(environment)));
        }
        catch (Exception e)
        {
            failure = e.ToString();
            throw PluginErrors.ToFault(e, typeName);
        }
        finally
        {
            environment.TraceLog.Add(new TraceEntry(
                typeName, step.Name, pluginContext.MessageName, pluginContext.PrimaryEntityName, pluginContext.Stage, pluginContext.Mode,
                pluginContext.Depth, pluginContext.CorrelationId, tracing.Text, failure));
        }
    }

    // Update steps with filtering attributes run only when a target carries one of them; for UpdateMultiple, any target.
    // https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#attribute-filters
    private static bool Passes(StepRegistration step, IEnumerable<EventItem> items) =>
        step.FilteringAttributes.Count == 0
        || !MergedMessages.HasFilteringAttributes(step.MessageName)
        || items.Any(i => i.Target is Entity target && step.FilteringAttributes.Any(a => target.Contains(a)));

    private static EntityImageCollection Pre(StepRegistration step, List<EventItem> items) => items.Count == 1 ? ImageCutter.Pre(step, items[0]) : new();

    private static EntityImageCollection Post(StepRegistration step, List<EventItem> items) => items.Count == 1 ? ImageCutter.Post(step, items[0]) : new();

    private static ParameterCollection Output(RequestContext context, bool post) => post && context.Response is not null ? context.Response.Results : new();

    private static ParameterCollection Copy(ParameterCollection parameters, string except)
    {
        var copy = new ParameterCollection();
        foreach (var (name, value) in parameters.Where(p => p.Key != except))
        {
            copy[name] = value;
        }

        return copy;
    }

    // What the single message would have answered for item <index> of a *Multiple request.
    private static ParameterCollection ItemOutput(RequestContext context, int index)
    {
        var output = new ParameterCollection();
        if (context.MessageName == "CreateMultiple")
        {
            output["id"] = context.Items[index].Id;
        }
        else if (context.MessageName == "UpsertMultiple" && context.Response?.Results.TryGetValue("Results", out var results) == true && results is UpsertResponse[] responses)
        {
            foreach (var (name, value) in responses[index].Results)
            {
                output[name] = value;
            }
        }

        return output;
    }

    // What the *Multiple message would have answered for a single request.
    private static ParameterCollection CollectionOutput(RequestContext context)
    {
        var output = new ParameterCollection();
        if (context.MessageName == "Create")
        {
            output["Ids"] = new[] { context.Items[0].Id };
        }
        else if (context.MessageName == "Upsert" && context.Response is not null)
        {
            var response = new UpsertResponse();
            foreach (var (name, value) in context.Response.Results)
            {
                response.Results[name] = value;
            }

            output["Results"] = new[] { response };
        }

        return output;
    }
}
