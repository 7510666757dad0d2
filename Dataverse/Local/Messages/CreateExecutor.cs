using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Records;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Create: one row; answers its id.</summary>
internal sealed class CreateExecutor : IMessageExecutor
{
    public string MessageName => "Create";

    public bool RunsInTransaction => true;

    public void Prepare(RequestContext context)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        context.Table = context.References().Table(target.LogicalName);
        ValueValidator.Validate(context.Table, target, valuesToo: false);
        context.Items.Add(new EventItem(target, target.Id));
    }

    public OrganizationResponse Execute(RequestContext context)
    {
        var target = RequestParameters.Required<Entity>(context, "Target");
        var id = context.Writer().Create(context.Table!, new[] { target })[0];
        context.Items[0].Id = id;
        return new CreateResponse { Results = { ["id"] = id } };
    }
}
