using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// WhoAmI: the calling user, their business unit and the organization. Microsoft.Crm.Sdk.Proxy's typed request is not
/// part of the bundled SDK, so callers send an OrganizationRequest named "WhoAmI"; the results carry the documented names.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
/// </summary>
internal sealed class WhoAmIExecutor : IMessageExecutor
{
    public string MessageName => "WhoAmI";

    public bool ReadsOnly => true;

    public OrganizationResponse Execute(RequestContext context) => new()
    {
        ResponseName = MessageName,
        Results =
        {
            ["UserId"] = context.Caller.UserId,
            ["BusinessUnitId"] = context.Organization.BusinessUnitId,
            ["OrganizationId"] = context.Organization.OrganizationId,
        },
    };
}
