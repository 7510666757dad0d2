namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>Normalises every text column of an incoming mention (see <see cref="TextNormalizer"/>); other values are kept.</summary>
public static class MentionNormalizer
{
    public static IncomingMention Normalize(IncomingMention mention)
    {
        return new IncomingMention(
            platform: mention.Platform,
            externalPostId: TextNormalizer.Line(mention.ExternalPostId),
            author: NormalizeAuthor(mention.Author),
            postedOn: mention.PostedOn,
            text: TextNormalizer.Text(mention.Text),
            threadId: TextNormalizer.Line(mention.ThreadId),
            inReplyToId: TextNormalizer.Line(mention.InReplyToId),
            direction: mention.Direction,
            conversationId: mention.ConversationId,
            postUrl: TextNormalizer.Line(mention.PostUrl),
            language: TextNormalizer.Line(mention.Language),
            engagement: mention.Engagement,
            regardingTable: mention.RegardingTable);
    }

    /// <summary>Normalises an author given on its own, as the ResolveSocialIdentity Custom API receives one.</summary>
    public static MentionAuthor NormalizeAuthor(MentionAuthor author) =>
        new MentionAuthor(
            externalId: TextNormalizer.Line(author.ExternalId),
            handle: TextNormalizer.Handle(author.Handle),
            displayName: TextNormalizer.Line(author.DisplayName),
            email: TextNormalizer.Email(author.Email),
            followers: author.Followers,
            verified: author.Verified);
}
