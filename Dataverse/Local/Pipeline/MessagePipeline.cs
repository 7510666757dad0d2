using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Runs a request through the steps of <see cref="PipelineOrder"/> around the executor of its message, as the one
/// writer of the environment; requests plug-ins send re-enter on the same thread.
/// </summary>
internal sealed class MessagePipeline
{
    private readonly MessageRegistry messages;
    private readonly ExecutionScope scope;
    private readonly RequestGate gate;
    private readonly UnitOfWork work;
    private readonly IReadOnlyList<IPipelineStep> steps;

    public MessagePipeline(MessageRegistry messages, ExecutionScope scope, RequestGate gate, UnitOfWork work, IReadOnlyList<IPipelineStep> steps)
    {
        this.messages = messages;
        this.scope = scope;
        this.gate = gate;
        this.work = work;
        this.steps = steps;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        if (request is null || string.IsNullOrEmpty(request.RequestName))
        {
            throw DataverseFault.InvalidArgument("The request has no name.");
        }

        var executor = messages.Find(request.RequestName) ?? throw DataverseFault.UnhandledMessage(request.RequestName);
        return gate.Write(() =>
        {
            var context = new RequestContext(request, caller, executor, scope, this, work.IsActive);
            Run(context, 0);
            return context.Response ?? throw new InvalidOperationException($"The executor of {request.RequestName} gave no response.");
        });
    }

    private void Run(RequestContext context, int index)
    {
        if (index < steps.Count)
        {
            steps[index].Run(context, () => Run(context, index + 1));
        }
    }
}
