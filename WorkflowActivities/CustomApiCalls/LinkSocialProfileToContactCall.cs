using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Link Social Profile to Contact: profile, contact -> number of open conversations moved to the contact.</summary>
public static class LinkSocialProfileToContactCall
{
    public const string Step = "Link Social Profile to Contact";

    public static OrganizationRequest BuildRequest(EntityReference? profile, EntityReference? contact) =>
        new OrganizationRequest(CustomApis.LinkProfileToContact.Name)
        {
            [CustomApis.LinkProfileToContact.Profile] = CustomApiArguments.RequireReference(Step, CustomApis.LinkProfileToContact.Profile, profile, SocialProfileTable.LogicalName),
            [CustomApis.LinkProfileToContact.Contact] = CustomApiArguments.RequireReference(Step, CustomApis.LinkProfileToContact.Contact, contact, StandardTables.Contact.LogicalName),
        };

    public static int ReadResponse(OrganizationResponse response) =>
        CustomApiArguments.RequireOutput<int>(Step, response, CustomApis.LinkProfileToContact.ConversationsMoved);
}
