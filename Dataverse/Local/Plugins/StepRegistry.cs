using System;
using System.Collections.Concurrent;
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
    private readonly object gate = new();

    // Every request asks up to nine times which steps apply (three stages, the images, the async queue), and a plug-in's
    // batch sends thousands of requests: the answer is kept per kind of request until a step is added, and the steps
    // and their answers are replaced together so a reader never pairs old answers with new steps.
    private volatile Registered registered = new(Array.Empty<StepRegistration>());

    public IReadOnlyList<StepRegistration> All => registered.Steps;

    public void Add(StepRegistration step)
    {
        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException($"Step '{step.Name}' is asynchronous; only post-operation (40) steps can be.");
        }

        lock (gate)
        {
            registered = new Registered(registered.Steps.Append(step).ToArray());
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
        var current = registered;

        // Most requests (a plug-in's single writes) have no step at any stage: the first lookup of a request finds that
        // out once for all nine, until a step is added.
        if (!ReferenceEquals(context.StepsLookedUpIn, current))
        {
            var any = new RequestKind(context.MessageName, context.Table?.LogicalName, default, default, context.IsMultiple);
            context.HasSteps = current.Any.TryGetValue(any, out var known) ? known : current.Any.GetOrAdd(any, AppliesAtAll(current.Steps, any));
            context.StepsLookedUpIn = current;
        }

        if (!context.HasSteps)
        {
            return Array.Empty<StepInvocation>();
        }

        var kind = new RequestKind(context.MessageName, context.Table?.LogicalName, stage, mode, context.IsMultiple);
        return current.Answers.TryGetValue(kind, out var answer) ? answer : current.Answers.GetOrAdd(kind, Applicable(current.Steps, kind));
    }

    private static StepInvocation[] Applicable(StepRegistration[] steps, RequestKind kind) =>
        steps
            .Where(s => s.Stage == kind.Stage && s.Mode == kind.Mode)
            .Select(s => Invocation(s, kind))
            .Where(i => i is not null)
            .Select(i => i!)
            .OrderBy(i => i.Step.Rank)
            .ToArray();

    // A loop rather than a query: its closure would be allocated by every request's first lookup, the cached answer's too.
    private static bool AppliesAtAll(StepRegistration[] steps, RequestKind kind)
    {
        foreach (var step in steps)
        {
            if (Invocation(step, kind) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // How the step runs for a request of this kind (stage and mode aside), or null when it does not apply.
    private static StepInvocation? Invocation(StepRegistration step, RequestKind kind)
    {
        if (step.PrimaryEntity is not null && !string.Equals(step.PrimaryEntity, kind.Table, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(step.MessageName, kind.Message, StringComparison.OrdinalIgnoreCase))
        {
            return new StepInvocation(step, InvocationShape.Direct);
        }

        var counterpart = MergedMessages.CounterpartOf(kind.Message);
        return counterpart is not null && string.Equals(step.MessageName, counterpart, StringComparison.OrdinalIgnoreCase)
            ? new StepInvocation(step, kind.Multiple ? InvocationShape.PerItem : InvocationShape.AsCollection)
            : null;
    }

    private sealed class Registered
    {
        public Registered(StepRegistration[] steps)
        {
            Steps = steps;
        }

        public StepRegistration[] Steps { get; }

        public ConcurrentDictionary<RequestKind, StepInvocation[]> Answers { get; } = new(RequestKind.Comparer);

        // Whether any step, at any stage and in any mode, applies to a kind of request (its stage and mode left default).
        public ConcurrentDictionary<RequestKind, bool> Any { get; } = new(RequestKind.Comparer);
    }

    private readonly record struct RequestKind(string Message, string? Table, PipelineStage Stage, StepMode Mode, bool Multiple)
    {
        public static readonly IEqualityComparer<RequestKind> Comparer = new IgnoringCase();

        // Message and table names compare without case, as the steps' own registrations do.
        private sealed class IgnoringCase : IEqualityComparer<RequestKind>
        {
            public bool Equals(RequestKind x, RequestKind y) =>
                x.Stage == y.Stage && x.Mode == y.Mode && x.Multiple == y.Multiple
                && string.Equals(x.Message, y.Message, StringComparison.OrdinalIgnoreCase)
                && string.Equals(x.Table, y.Table, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode(RequestKind kind) => HashCode.Combine(
                StringComparer.OrdinalIgnoreCase.GetHashCode(kind.Message), kind.Table is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(kind.Table), kind.Stage, kind.Mode, kind.Multiple);
        }
    }
}
