using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// GET WhoAmI: the caller's user, business unit and organization, through the organization service's WhoAmI message.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
/// </summary>
internal static class WhoAmIHandler
{
    public static WebApiResponse Handle(WebApiCall call, IEdmOperation function)
    {
        var response = call.Organization.Execute(new OrganizationRequest("WhoAmI"));
        return new OperationResponse()
            .Add("BusinessUnitId", response["BusinessUnitId"])
            .Add("UserId", response["UserId"])
            .Add("OrganizationId", response["OrganizationId"])
            .Write(call, (IEdmComplexType)function.GetReturn().Type.Definition);
    }
}
