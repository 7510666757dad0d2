using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Create: one row; answers its id.</summary>
internal sealed class CreateExecutor : IMessageExecutor
{
    public string MessageName => "Create";

    public void Prepare(RequestContext context) => EventTargets.FromEntity(context, resolveKeys: false);

    public OrganizationResponse Execute(RequestContext context)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        var id = context.Writer().Create(context.Table!, new[] { target })[0];
        context.Items[0].Id = id;
        return new CreateResponse { Results = { ["id"] = id } };
    }

    public ParameterCollection CollectionOutput(RequestContext context) => new() { ["Ids"] = new[] { context.Items[0].Id } };
}
