using SocialCrm.Dataverse.Local.Service;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>Records the request in the environment's call log before anything can fail.</summary>
internal sealed class CallLogStep : IPipelineStep
{
    private readonly ServiceCallLog calls;

    public CallLogStep(ServiceCallLog calls)
    {
        this.calls = calls;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        calls.Record(new ServiceCall(context.MessageName, PrimaryEntityOf(context), context.Caller.Depth, context.Caller.FromPlugin));
        next.Run();
    }

    private static string? PrimaryEntityOf(RequestContext context) =>
        context.Request.Parameters.TryGetValue("Target", out var target) ? target switch
        {
            Microsoft.Xrm.Sdk.Entity entity => entity.LogicalName,
            Microsoft.Xrm.Sdk.EntityReference reference => reference.LogicalName,
            _ => null,
        }
        : context.Request.Parameters.TryGetValue("Targets", out var targets) && targets is Microsoft.Xrm.Sdk.EntityCollection collection ? collection.EntityName
        : context.Request.Parameters.TryGetValue("Query", out var query) && query is Microsoft.Xrm.Sdk.Query.QueryExpression expression ? expression.EntityName
        : null;
}
