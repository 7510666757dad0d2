using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>
/// Counts replies in their conversations once the network has them: a reply composed in Dataverse is not rolled up
/// while it waits (it may never leave), so the moment it turns Sent it joins its conversation's figures as an
/// outbound mention posted when it was sent: last outbound, first response and "awaiting customer" follow from
/// <see cref="ConversationRollup"/>. One query for the batch's conversations, one write per conversation.
/// </summary>
public sealed class SentReplyRollups
{
    private readonly IConversationStore _conversations;

    public SentReplyRollups(IConversationStore conversations)
    {
        _conversations = conversations;
    }

    /// <returns>How many conversations were updated.</returns>
    public int Apply(IReadOnlyList<SentReply> replies)
    {
        if (replies.Count == 0)
        {
            return 0;
        }

        var stored = _conversations.FindByIds(replies.Select(reply => reply.ConversationId));
        var written = 0;
        foreach (var group in replies.Where(reply => stored.ContainsKey(reply.ConversationId)).GroupBy(reply => reply.ConversationId))
        {
            // Our own words are not scored: they would only hide the customer's mood (see ConversationRollup).
            var mentions = group.Select(reply => new RollupMention(0, SentimentLabel.NotScored, MentionDirection.Outbound, reply.SentOn));
            _conversations.WriteFigures(group.Key, ConversationRollup.Apply(stored[group.Key].Figures, mentions), stored[group.Key].Figures);
            written++;
        }

        return written;
    }
}
