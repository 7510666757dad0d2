using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application.Replies;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Replies;

/// <summary>Tells replies composed in Dataverse from mentions a network delivered, and reads them.</summary>
public static class ComposedReplyReader
{
    /// <summary>
    /// A reply composed in Dataverse is an outbound mention created without a network post id: it has not been posted
    /// yet. An outbound mention with a post id is the brand's own post as a network delivered it, and takes intake.
    /// </summary>
    public static bool IsComposedReply(Entity target) =>
        target.OptionValue(Table.Direction) == (int)MentionDirection.Outbound
        && string.IsNullOrWhiteSpace(target.Text(Table.ExternalPostId))
        && !(target.KeyAttributes.TryGetValue(Table.ExternalPostId, out var key) && key is string keyed && keyed.Trim().Length > 0);

    /// <summary>The private flag is the message type the author chose: a private message.</summary>
    public static ComposedReply Read(Entity target) =>
        new ComposedReply(
            target.ReferenceId(Table.Conversation),
            target.Text(Table.Description),
            target.OptionValue(Table.MessageType) == (int)MessageType.PrivateMessage);
}
