using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Update: the columns the target carries, on the row it names by id or alternate key.</summary>
internal sealed class UpdateExecutor : IMessageExecutor
{
    public string MessageName => "Update";

    public void Prepare(RequestContext context) => EventTargets.FromEntity(context, resolveKeys: true);

    public OrganizationResponse Execute(RequestContext context)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        var concurrency = context.Request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior ? behavior : ConcurrencyBehavior.Default;
        context.Writer().Update(context.Table!, new[] { target }, concurrency);
        return new UpdateResponse();
    }
}
