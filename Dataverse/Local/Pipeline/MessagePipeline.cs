using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Runs a request through the steps of <see cref="PipelineOrder"/> around the executor of its message. One request
/// runs at a time per environment; requests plug-ins send re-enter on the same thread.
/// </summary>
internal sealed class MessagePipeline
{
    private readonly LocalDataverse environment;
    private readonly object gate = new();

    public MessagePipeline(LocalDataverse environment)
    {
        this.environment = environment;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        if (request is null || string.IsNullOrEmpty(request.RequestName))
        {
            throw DataverseFault.InvalidArgument("The request has no name.");
        }

        var executor = environment.Messages.Find(request.RequestName) ?? throw DataverseFault.UnhandledMessage(request.RequestName);
        var context = new RequestContext(environment, request, caller, executor);
        lock (gate)
        {
            Run(context, 0);
        }

        return context.Response ?? throw new InvalidOperationException($"The executor of {request.RequestName} gave no response.");
    }

    /// <summary>Runs <paramref name="action"/> with no request in progress, as the pipeline runs requests.</summary>
    public void RunExclusively(Action action)
    {
        lock (gate)
        {
            action();
        }
    }

    private static void Run(RequestContext context, int index)
    {
        if (index < PipelineOrder.Steps.Count)
        {
            PipelineOrder.Steps[index].Run(context, () => Run(context, index + 1));
        }
    }
}
