using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.LinkProfileToContact;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_LinkProfileToContact: an agent's link of a profile to a contact (<see cref="ProfileLinking"/>), recorded as
/// Manual; the profile's open conversations move to the contact.
/// </summary>
[CustomApi(Api.Name, "Link Profile to Contact", "Links a social profile to a contact and moves the profile's conversations to that contact.", ExecutePrivilegeName = "prvWritescrm_SocialProfile")]
[CustomApiRequestParameter(Api.Profile, CustomApiFieldType.EntityReference, "Profile to link.", EntityLogicalName = SocialProfileTable.LogicalName)]
[CustomApiRequestParameter(Api.Contact, CustomApiFieldType.EntityReference, "Contact the profile belongs to.", EntityLogicalName = StandardTables.Contact.LogicalName)]
[CustomApiResponseProperty(Api.ConversationsMoved, CustomApiFieldType.Integer, "Conversations moved to the contact.")]
public sealed class LinkProfileToContactApi : PluginBase
{
    public LinkProfileToContactApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(LinkProfileToContactApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var profileId = execution.InputParameters.RequiredReference(Api.Profile, SocialProfileTable.LogicalName);
        var contactId = execution.InputParameters.RequiredReference(Api.Contact, StandardTables.Contact.LogicalName);
        var service = context.PluginUserService;
        var linking = new ProfileLinking(DataverseStores.For(service));
        execution.OutputParameters[Api.ConversationsMoved] = linking.Link(profileId, contactId);
    }
}
