namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>Normalises every text column of an incoming mention (see <see cref="TextNormalizer"/>); other values are kept.</summary>
public static class MentionNormalizer
{
    public static IncomingMention Normalize(IncomingMention mention)
    {
        var author = mention.Author;
        return new IncomingMention(
            platform: mention.Platform,
            externalPostId: TextNormalizer.Line(mention.ExternalPostId),
            author: new MentionAuthor(
                externalId: TextNormalizer.Line(author.ExternalId),
                handle: TextNormalizer.Handle(author.Handle),
                displayName: TextNormalizer.Line(author.DisplayName),
                email: TextNormalizer.Email(author.Email),
                followers: author.Followers,
                verified: author.Verified),
            postedOn: mention.PostedOn,
            text: TextNormalizer.Text(mention.Text),
            threadId: TextNormalizer.Line(mention.ThreadId),
            inReplyToId: TextNormalizer.Line(mention.InReplyToId),
            direction: mention.Direction,
            conversationId: mention.ConversationId,
            postUrl: TextNormalizer.Line(mention.PostUrl),
            language: TextNormalizer.Line(mention.Language),
            engagement: mention.Engagement);
    }
}
