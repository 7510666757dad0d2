using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.ServiceEndpoints;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Builds the execution contexts of a step for a request (one, one per item, or one over a Targets of one, as the
/// merged pipeline wants), and executes the step's plug-in with them, keeping what it traced.
/// </summary>
internal sealed class PluginRunner
{
    private readonly PluginInstanceCache instances;
    private readonly TraceLog traces;
    private readonly ExecutionScope scope;
    private readonly Func<MessagePipeline> pipeline;
    private readonly ServiceEndpointRegistry endpoints;
    private readonly WebhookSender webhooks;

    /// <param name="pipeline">Where the plug-ins' organization services send their requests (built after the runner: its steps run plug-ins).</param>
    /// <param name="endpoints">The webhooks a step may post to instead of running a plug-in.</param>
    public PluginRunner(PluginInstanceCache instances, TraceLog traces, ExecutionScope scope, Func<MessagePipeline> pipeline, ServiceEndpointRegistry endpoints, WebhookSender webhooks)
    {
        this.instances = instances;
        this.traces = traces;
        this.scope = scope;
        this.pipeline = pipeline;
        this.endpoints = endpoints;
        this.webhooks = webhooks;
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
        if (step.ServiceEndpointId is { } endpoint && endpoints.Ready(endpoint) is null)
        {
            yield break;
        }

        var post = stage == PipelineStage.PostOperation;
        switch (invocation.Shape)
        {
            case InvocationShape.Direct when Passes(step, context.Items):
                var direct = PluginExecutionContext.For(context, context.MessageName, context.Request.Parameters, stage, mode, step) with
                {
                    OutputParameters = post ? context.Response?.Results ?? new() : new(),
                };
                yield return context.IsMultiple
                    ? direct with
                    {
                        PreEntityImagesCollection = context.Items.Select(i => ImageCutter.Pre(step, i)).ToArray(),
                        PostEntityImagesCollection = post ? context.Items.Select(i => ImageCutter.Post(step, i)).ToArray() : Array.Empty<EntityImageCollection>(),
                    }
                    : direct with
                    {
                        PreEntityImages = context.Items.Count == 1 ? ImageCutter.Pre(step, context.Items[0]) : new(),
                        PostEntityImages = post && context.Items.Count == 1 ? ImageCutter.Post(step, context.Items[0]) : new(),
                    };
                break;

            case InvocationShape.PerItem:
                for (var index = 0; index < context.Items.Count; index++)
                {
                    var item = context.Items[index];
                    if (!Passes(step, new[] { item }))
                    {
                        continue;
                    }

                    var input = Without(context.Request.Parameters, "Targets");
                    input["Target"] = item.Target;
                    yield return PluginExecutionContext.For(context, step.MessageName, input, stage, mode, step, item) with
                    {
                        PreEntityImages = ImageCutter.Pre(step, item),
                        PostEntityImages = post ? ImageCutter.Post(step, item) : new(),
                        OutputParameters = post ? context.Executor.ItemOutput(context, index) : new(),
                    };
                }

                break;

            case InvocationShape.AsCollection when Passes(step, context.Items):
                var single = context.Items[0];
                var collection = Without(context.Request.Parameters, "Target");
                collection["Targets"] = new EntityCollection(new List<Entity> { (Entity)single.Target }) { EntityName = context.PrimaryEntityName };
                yield return PluginExecutionContext.For(context, step.MessageName, collection, stage, mode, step) with
                {
                    PreEntityImagesCollection = new[] { ImageCutter.Pre(step, single) },
                    PostEntityImagesCollection = post ? new[] { ImageCutter.Post(step, single) } : Array.Empty<EntityImageCollection>(),
                    OutputParameters = post ? context.Executor.CollectionOutput(context) : new(),
                };
                break;
        }
    }

    public void Execute(StepRegistration step, PluginExecutionContext pluginContext)
    {
        var typeName = step.PluginType?.FullName ?? step.PluginTypeName;
        var tracing = new TracingService();
        var clock = Stopwatch.StartNew();
        string? failure = null;
        try
        {
            if (step.ServiceEndpointId is { } endpoint)
            {
                var (definition, key) = endpoints.Ready(endpoint) ?? throw new InvalidPluginExecutionException($"The service endpoint {endpoint} of step '{step.Name}' has no URL and key set.");
                webhooks.Post(definition, key, pluginContext);
                return;
            }

            var plugin = instances.Get(step);
            plugin.Execute(new PluginServiceProvider(pluginContext, tracing, new OrganizationServiceFactory(pipeline(), scope.Organization.SystemUserId, pluginContext), new EnvironmentVariableService(scope)));
        }
        catch (Exception e)
        {
            failure = e.ToString();
            throw PluginErrors.ToFault(e, typeName);
        }
        finally
        {
            traces.Add(new TraceEntry(
                typeName, step.Name, pluginContext.MessageName, pluginContext.PrimaryEntityName, pluginContext.Stage, pluginContext.Mode,
                pluginContext.Depth, pluginContext.CorrelationId, tracing.Text, failure, clock.Elapsed));
        }
    }

    // Update steps with filtering attributes run only when a target carries one of them; for UpdateMultiple, any target.
    // https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#attribute-filters
    private static bool Passes(StepRegistration step, IEnumerable<EventItem> items) =>
        step.FilteringAttributes.Count == 0
        || !MergedMessages.HasFilteringAttributes(step.MessageName)
        || items.Any(i => i.Target is Entity target && step.FilteringAttributes.Any(a => target.Contains(a)));

    // The request's parameters as the step's InputParameters, with Target and Targets swapped by the merged pipeline:
    // the entities themselves are shared, as a plug-in's change to Target is the request's.
    private static ParameterCollection Without(ParameterCollection parameters, string except)
    {
        var copy = new ParameterCollection();
        foreach (var (name, value) in parameters.Where(p => p.Key != except))
        {
            copy[name] = value;
        }

        return copy;
    }
}
