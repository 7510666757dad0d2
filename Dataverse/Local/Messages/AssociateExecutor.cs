using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Associate: links rows through a one-to-many relationship.</summary>
internal sealed class AssociateExecutor : IMessageExecutor
{
    public string MessageName => "Associate";

    public void Prepare(RequestContext context) => EventTargets.FromReference(context);

    public OrganizationResponse Execute(RequestContext context)
    {
        RelationshipLink.Apply(context, associate: true);
        return new AssociateResponse();
    }
}
