using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Reads a scrm_mention target as the plain values intake works on, cleaned (<see cref="IncomingMention.Normalized"/>):
/// whoever reads a target cleans it, and reading it cleaned never makes the mention as sent beside the cleaned one.
/// </summary>
public static class IncomingMentionReader
{
    public static IncomingMention Read(Entity target) =>
        IncomingMention.NormalizedFrom(
            platform: target.OptionValue(Table.Platform) ?? KeyOption(target, Table.Platform),
            externalPostId: target.Text(Table.ExternalPostId) ?? KeyText(target, Table.ExternalPostId),
            author: MentionAuthor.NormalizedFrom(
                externalId: target.Text(Table.AuthorExternalId),
                handle: target.Text(Table.AuthorHandle),
                displayName: target.Text(Table.AuthorDisplayName),
                email: target.Text(Table.AuthorEmail),
                followers: target.WholeNumber(Table.AuthorFollowers),
                verified: target.BooleanValue(Table.AuthorVerified)),
            postedOn: target.UtcDate(Table.PostedOn),
            text: target.Text(Table.Description),
            threadId: target.Text(Table.ThreadId),
            inReplyToId: target.Text(Table.InReplyToId),
            direction: target.OptionValue(Table.Direction),
            conversationId: target.ReferenceId(Table.Conversation),
            postUrl: target.Text(Table.PostUrl),
            language: target.Text(Table.Language),
            engagement: new Engagement(target.WholeNumber(Table.Likes), target.WholeNumber(Table.Shares), target.WholeNumber(Table.Replies)),
            regardingTable: target.GetAttributeValue<EntityReference>(Table.Conversation)?.LogicalName,
            messageType: target.OptionValue(Table.MessageType));

    // A create by alternate key may carry the key only in KeyAttributes.
    private static int? KeyOption(Entity target, string column) =>
        target.KeyAttributes.TryGetValue(column, out var value)
            ? value is OptionSetValue option ? option.Value : value as int?
            : null;

    private static string? KeyText(Entity target, string column) =>
        target.KeyAttributes.TryGetValue(column, out var value) ? value as string : null;
}
