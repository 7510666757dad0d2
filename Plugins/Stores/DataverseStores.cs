using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Application;

namespace SocialCrm.Plugins.Stores;

/// <summary>The stores over one organisation service: what a plug-in hands the application layer.</summary>
public static class DataverseStores
{
    public static SocialCrmStores For(IOrganizationService service) =>
        new SocialCrmStores(
            new SocialProfileStore(service),
            new ContactStore(service),
            new ConversationStore(service),
            new MentionStore(service),
            new CaseStore(service),
            new EscalationRuleStore(service));
}
