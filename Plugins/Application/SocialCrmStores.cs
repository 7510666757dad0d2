namespace SocialCrm.Plugins.Application;

/// <summary>
/// Every store the application layer reads and writes, handed in by the plug-in that composes it (the Dataverse ones,
/// see <c>DataverseStores</c>) or by a test (in-memory ones), so the orchestration never builds its own from a service.
/// </summary>
public sealed class SocialCrmStores
{
    public SocialCrmStores(ISocialProfileStore profiles, IContactStore contacts, IConversationStore conversations, IMentionStore mentions, ICaseStore cases, IEscalationRuleStore escalationRules)
    {
        Profiles = profiles;
        Contacts = contacts;
        Conversations = conversations;
        Mentions = mentions;
        Cases = cases;
        EscalationRules = escalationRules;
    }

    public ISocialProfileStore Profiles { get; }

    public IContactStore Contacts { get; }

    public IConversationStore Conversations { get; }

    public IMentionStore Mentions { get; }

    public ICaseStore Cases { get; }

    public IEscalationRuleStore EscalationRules { get; }
}
