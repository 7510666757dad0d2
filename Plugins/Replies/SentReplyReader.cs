using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application.Replies;
using SocialCrm.Plugins.Mentions;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Replies;

/// <summary>
/// Finds, in an update of mentions, the replies that have just reached their network: the update sets the send status
/// to Sent (or "Sent not recorded": on the network, though Dataverse refused its post id) and the row's image before it
/// says it was neither yet, so a second "sent" for the same reply counts nothing twice.
/// The image holds the row's direction and conversation, which the worker's update does not repeat.
/// </summary>
public static class SentReplyReader
{
    public const string ImageName = "BeforeSend";
    public const string ImageColumns = Table.SendStatus + "," + Table.Direction + "," + Table.Conversation;

    public static List<SentReply> Read(IPluginExecutionContext context, DateTime utcNow)
    {
        var targets = context.TargetEntities();
        var sent = new List<SentReply>();
        for (var index = 0; index < targets.Count; index++)
        {
            var target = targets[index];
            var before = context.PreImage(index, ImageName);
            if (!IsOnTheNetwork(target.OptionValue(Table.SendStatus)) || before == null
                || IsOnTheNetwork(before.OptionValue(Table.SendStatus))
                || before.OptionValue(Table.Direction) != (int)MentionDirection.Outbound
                || before.ReferenceId(Table.Conversation) is not Guid conversation)
            {
                continue;
            }

            sent.Add(new SentReply(conversation, target.UtcDate(Table.SentOn) ?? utcNow));
        }

        return sent;
    }

    private static bool IsOnTheNetwork(int? status) => status is (int)SendStatus.Sent or (int)SendStatus.SentNotRecorded;
}
