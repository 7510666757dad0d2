using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Replies;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Replies;

/// <summary>Writes an accepted reply's decision onto its target: where it goes, and that it waits for the worker.</summary>
public static class ReplyDecisionWriter
{
    /// <summary>
    /// Network, thread and the post it answers come from the conversation, whatever the sender set; delivery columns
    /// start empty, because only the worker fills them in.
    /// </summary>
    public static void Write(Entity target, ReplyTarget conversation, ReplyDecision decision)
    {
        target[Table.Subject] = MentionSubject.FromText(decision.Text);
        target[Table.Description] = decision.Text;
        target[Table.Platform] = new OptionSetValue((int)conversation.Platform);
        target[Table.ThreadId] = conversation.ThreadId;
        target[Table.InReplyToId] = decision.InReplyToId;
        target[Table.MessageType] = new OptionSetValue((int)decision.MessageType);
        target[Table.SendStatus] = new OptionSetValue((int)SendStatus.Pending);
        target[Table.SendError] = null;
        target[Table.SendRetryable] = null;
        target[Table.SentOn] = null;
        target[Table.PostedOn] = null;
        target[Table.PostUrl] = null;
    }
}
