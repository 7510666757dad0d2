namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>A new mention in its conversation, after rollups: everything the escalation rules look at.</summary>
public sealed class EscalationContext
{
    public EscalationContext(EscalatingMention mention, EscalatingAuthor author, EscalatingConversation conversation)
    {
        Mention = mention;
        Author = author;
        Conversation = conversation;
    }

    public EscalatingMention Mention { get; }

    public EscalatingAuthor Author { get; }

    public EscalatingConversation Conversation { get; }
}
