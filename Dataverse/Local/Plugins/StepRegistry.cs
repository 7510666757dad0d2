using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// The plug-in steps of an environment, and which of them apply to a request at a stage: those registered on its
/// message and table (or on any table), plus, under the merged pipeline, those on the counterpart single or bulk
/// message. Steps of a stage run in rank order, then in registration order.
/// </summary>
internal sealed class StepRegistry
{
    private readonly List<StepRegistration> steps = new();
    private readonly object gate = new();

    public IReadOnlyList<StepRegistration> All
    {
        get
        {
            lock (gate)
            {
                return steps.ToList();
            }
        }
    }

    public void Add(StepRegistration step)
    {
        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException($"Step '{step.Name}' is asynchronous; only post-operation (40) steps can be.");
        }

        lock (gate)
        {
            steps.Add(step);
        }
    }

    /// <summary>Whether any step is registered on <paramref name="message"/> or, under the merged pipeline, on its counterpart.</summary>
    public bool AnyOn(string message)
    {
        var counterpart = MergedMessages.CounterpartOf(message);
        return All.Any(s => string.Equals(s.MessageName, message, StringComparison.OrdinalIgnoreCase) || string.Equals(s.MessageName, counterpart, StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<StepInvocation> Applicable(RequestContext context, PipelineStage stage, StepMode mode)
    {
        var counterpart = MergedMessages.CounterpartOf(context.MessageName);
        var table = context.Table?.LogicalName;
        return All
            .Where(s => s.Stage == stage && s.Mode == mode)
            .Where(s => s.PrimaryEntity is null || string.Equals(s.PrimaryEntity, table, StringComparison.OrdinalIgnoreCase))
            .Select(s => string.Equals(s.MessageName, context.MessageName, StringComparison.OrdinalIgnoreCase) ? new StepInvocation(s, InvocationShape.Direct)
                : counterpart is not null && string.Equals(s.MessageName, counterpart, StringComparison.OrdinalIgnoreCase)
                    ? new StepInvocation(s, context.IsMultiple ? InvocationShape.PerItem : InvocationShape.AsCollection)
                    : null)
            .Where(i => i is not null)
            .Select(i => i!)
            .OrderBy(i => i.Step.Rank)
            .ToList();
    }
}
