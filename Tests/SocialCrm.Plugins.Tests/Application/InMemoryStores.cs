using SocialCrm.Plugins.Application;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>Every store in memory: the application layer tested without any Dataverse.</summary>
internal sealed class InMemoryStores
{
    public InMemoryProfileStore Profiles { get; } = new();

    public InMemoryContactStore Contacts { get; } = new();

    public InMemoryConversationStore Conversations { get; } = new();

    public InMemoryMentionStore Mentions { get; } = new();

    public InMemoryCaseStore Cases { get; } = new();

    public InMemoryEscalationRuleStore EscalationRules { get; } = new();

    public SocialCrmStores All => new(Profiles, Contacts, Conversations, Mentions, Cases, EscalationRules);
}
