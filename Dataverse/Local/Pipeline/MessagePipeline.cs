using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Runs a request through the steps of <see cref="PipelineOrder"/> around the executor of its message. A read that no
/// step is registered on runs as a reader, beside other reads, outside any transaction; everything else runs as the one
/// writer (see <see cref="RequestGate"/>), and requests its plug-ins send re-enter on the same thread.
/// </summary>
internal sealed class MessagePipeline
{
    private readonly MessageRegistry messages;
    private readonly ExecutionScope scope;
    private readonly RequestGate gate;
    private readonly UnitOfWork work;
    private readonly StepRegistry registered;
    private readonly List<IPipelineStep> steps;

    // False once a test author added steps: what they send is unknown, so reads run as the writer.
    private bool readersAllowed = true;

    public MessagePipeline(MessageRegistry messages, ExecutionScope scope, RequestGate gate, UnitOfWork work, StepRegistry registered, List<IPipelineStep> steps)
    {
        this.messages = messages;
        this.scope = scope;
        this.gate = gate;
        this.work = work;
        this.registered = registered;
        this.steps = steps;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        if (request is null || string.IsNullOrEmpty(request.RequestName))
        {
            throw DataverseFault.InvalidArgument("The request has no name.");
        }

        var executor = messages.Find(request.RequestName) ?? throw DataverseFault.UnhandledMessage(request.RequestName);
        if (readersAllowed && executor.ReadsOnly && !gate.InWriter && !registered.AnyOn(request.RequestName))
        {
            return RunAsReader(request, caller, executor);
        }

        return gate.Write(
            (Pipeline: this, Request: request, Caller: caller, Executor: executor),
            static s => Run(new RequestContext(s.Request, s.Caller, s.Executor, s.Pipeline.scope, s.Pipeline, s.Pipeline.work.IsActive)));
    }

    /// <summary>Adds a test author's steps at their place in <see cref="PipelineOrder"/>; once the environment is built, before any request of theirs.</summary>
    public void Add(IReadOnlyList<IPipelineStep> added)
    {
        steps.InsertRange(PipelineOrder.AddedStepsAt, added);
        readersAllowed &= added.Count == 0;
    }

    // A method of its own: its closure would otherwise be allocated on entry to Execute, for the writer's requests too.
    private OrganizationResponse RunAsReader(OrganizationRequest request, CallerContext caller, IMessageExecutor executor) =>
        gate.ReadCommitted(scope.Store, reader => Run(new RequestContext(request, caller, executor, scope with { Store = reader }, this, arrivedInTransaction: false) { ReadOnly = true }));

    private static OrganizationResponse Run(RequestContext context)
    {
        context.RunStep(0);
        return context.Response ?? throw new InvalidOperationException($"The executor of {context.MessageName} gave no response.");
    }

    /// <summary>Runs step <paramref name="index"/> of the pipeline on the request, handing it the rest; past the last step, nothing.</summary>
    internal void RunStep(int index, RequestContext context)
    {
        if (index < steps.Count)
        {
            steps[index].Run(context, new PipelineNext(context, index + 1));
        }
    }
}
