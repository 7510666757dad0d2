using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>Disassociate: clears the lookup a one-to-many relationship is made of.</summary>
internal sealed class DisassociateExecutor : IMessageExecutor
{
    public string MessageName => "Disassociate";

    public void Prepare(RequestContext context) => EventTargets.FromReference(context);

    public OrganizationResponse Execute(RequestContext context)
    {
        RelationshipLink.Apply(context, associate: false);
        return new DisassociateResponse();
    }
}
