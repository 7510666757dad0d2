using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Messages;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Extending;

/// <summary>A test author's handler as the executor of its message: no table, no rows, just the main operation.</summary>
internal sealed class HandlerExecutor : IMessageExecutor
{
    private readonly IMessageHandler handler;

    public HandlerExecutor(IMessageHandler handler)
    {
        this.handler = handler;
    }

    public string MessageName => handler.MessageName;

    public OrganizationResponse Execute(RequestContext context) => handler.Handle(context.Request, context.Scope());
}
