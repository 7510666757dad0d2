namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>How many mentions a conversation holds: scrm_mentioncount (inbound and outbound) and scrm_inboundmentioncount.</summary>
public sealed class ConversationCounts
{
    public static readonly ConversationCounts None = new ConversationCounts(mentions: 0, inboundMentions: 0);

    public ConversationCounts(int mentions, int inboundMentions)
    {
        Mentions = mentions;
        InboundMentions = inboundMentions;
    }

    public int Mentions { get; }

    /// <summary>The sample count of the conversation's average sentiment.</summary>
    public int InboundMentions { get; }
}
