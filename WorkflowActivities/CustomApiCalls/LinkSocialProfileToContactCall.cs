using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using Api = SocialCrm.Plugins.Schema.CustomApis.LinkProfileToContact;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Link Social Profile to Contact: profile, contact -> number of open conversations moved to the contact.</summary>
public static class LinkSocialProfileToContactCall
{
    public const string Step = "Link Social Profile to Contact";

    public static OrganizationRequest BuildRequest(EntityReference? profile, EntityReference? contact) =>
        new OrganizationRequest(Api.Name)
        {
            [Api.Profile] = CustomApiArguments.RequireReference(Step, Api.Profile, profile, SocialProfileTable.LogicalName),
            [Api.Contact] = CustomApiArguments.RequireReference(Step, Api.Contact, contact, StandardTables.Contact.LogicalName),
        };

    public static int ReadResponse(OrganizationResponse response) =>
        CustomApiArguments.RequireOutput<int>(Step, response, Api.ConversationsMoved);
}
