using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>UpdateMultiple: rows of one table in one operation, all or none.</summary>
internal sealed class UpdateMultipleExecutor : IMessageExecutor
{
    public string MessageName => "UpdateMultiple";

    public void Prepare(RequestContext context) => EventTargets.FromEntities(context, resolveKeys: true);

    public OrganizationResponse Execute(RequestContext context)
    {
        var (table, targets) = RequestParameters.Targets(context);
        var concurrency = context.Request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior ? behavior : ConcurrencyBehavior.Default;
        context.Writer().Update(table, targets, concurrency);
        return new UpdateMultipleResponse();
    }
}
