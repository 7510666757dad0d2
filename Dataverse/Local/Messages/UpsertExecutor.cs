using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// Upsert: its main operation sends Update when the row exists and Create when it does not, so the steps of those
/// messages run for it, with the Upsert as their parent context.
/// </summary>
internal sealed class UpsertExecutor : IMessageExecutor
{
    public string MessageName => "Upsert";

    public void Prepare(RequestContext context) => EventTargets.FromEntity(context, resolveKeys: false);

    public OrganizationResponse Execute(RequestContext context)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        var exists = UpsertPlan.Resolve(context, context.Table!, new[] { target })[0];
        if (exists)
        {
            context.ExecuteChild(new UpdateRequest { Target = target });
        }
        else
        {
            target.Id = ((CreateResponse)context.ExecuteChild(new CreateRequest { Target = target })).id;
        }

        context.Items[0].Id = target.Id;
        return new UpsertResponse { Results = { ["RecordCreated"] = !exists, ["Target"] = new EntityReference(context.Table!.LogicalName, target.Id) } };
    }

    public ParameterCollection CollectionOutput(RequestContext context)
    {
        var response = new UpsertResponse();
        foreach (var (name, value) in context.Response!.Results)
        {
            response.Results[name] = value;
        }

        return new() { ["Results"] = new[] { response } };
    }
}
