using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// A mention as it arrives, before intake: the columns of one scrm_mention target in plain values. Choice columns are
/// raw option values so that validation can reject a value that is not a known choice. All times are UTC.
/// </summary>
public sealed class IncomingMention
{
    public IncomingMention(
        int? platform,
        string? externalPostId,
        MentionAuthor author,
        DateTime? postedOn,
        string? text = null,
        string? threadId = null,
        string? inReplyToId = null,
        int? direction = null,
        Guid? conversationId = null,
        string? postUrl = null,
        string? language = null,
        Engagement? engagement = null,
        string? regardingTable = null,
        int? messageType = null)
    {
        Platform = platform;
        ExternalPostId = externalPostId;
        Author = author ?? throw new ArgumentNullException(nameof(author));
        PostedOn = postedOn;
        Text = text;
        ThreadId = threadId;
        InReplyToId = inReplyToId;
        Direction = direction;
        ConversationId = conversationId;
        PostUrl = postUrl;
        Language = language;
        Engagement = engagement ?? Engagement.None;
        RegardingTable = regardingTable;
        MessageType = messageType;
    }

    /// <summary>scrm_platform option value.</summary>
    public int? Platform { get; }

    /// <summary>scrm_externalpostid: the post's id on its network.</summary>
    public string? ExternalPostId { get; }

    public MentionAuthor Author { get; }

    /// <summary>scrm_postedon (UTC).</summary>
    public DateTime? PostedOn { get; }

    /// <summary>description: the full text.</summary>
    public string? Text { get; }

    /// <summary>scrm_threadid: the id of the thread's root post; missing means the post starts its own thread.</summary>
    public string? ThreadId { get; }

    /// <summary>scrm_inreplytoid: the external id of the post this one answers.</summary>
    public string? InReplyToId { get; }

    /// <summary>scrm_direction option value; missing means inbound, the worker's normal case.</summary>
    public int? Direction { get; }

    /// <summary>regardingobjectid: the conversation an outbound mention is posted in.</summary>
    public Guid? ConversationId { get; }

    /// <summary>
    /// The table regardingobjectid names when it is set (it is polymorphic): a mention may only be regarding a
    /// scrm_conversation. Null when unset or not known, which is taken as a conversation.
    /// </summary>
    public string? RegardingTable { get; }

    /// <summary>scrm_posturl.</summary>
    public string? PostUrl { get; }

    /// <summary>scrm_language.</summary>
    public string? Language { get; }

    public Engagement Engagement { get; }

    /// <summary>scrm_messagetype option value: public post, comment or private message; missing when the source did not say.</summary>
    public int? MessageType { get; }

    /// <summary>This mention with every text column cleaned (see <see cref="TextNormalizer"/>); other values are kept.
    /// The mention itself when cleaning changes nothing, as for most: the worker sends them cleaned.</summary>
    public IncomingMention Normalized()
    {
        var externalPostId = TextNormalizer.Line(ExternalPostId);
        var author = Author.Normalized();
        var text = TextNormalizer.Text(Text);
        var threadId = TextNormalizer.Line(ThreadId);
        var inReplyToId = TextNormalizer.Line(InReplyToId);
        var postUrl = TextNormalizer.Line(PostUrl);
        var language = TextNormalizer.Line(Language);
        if (ReferenceEquals(externalPostId, ExternalPostId) && ReferenceEquals(author, Author) && ReferenceEquals(text, Text)
            && ReferenceEquals(threadId, ThreadId) && ReferenceEquals(inReplyToId, InReplyToId) && ReferenceEquals(postUrl, PostUrl)
            && ReferenceEquals(language, Language))
        {
            return this;
        }

        return new IncomingMention(
            platform: Platform,
            externalPostId: externalPostId,
            author: author,
            postedOn: PostedOn,
            text: text,
            threadId: threadId,
            inReplyToId: inReplyToId,
            direction: Direction,
            conversationId: ConversationId,
            postUrl: postUrl,
            language: language,
            engagement: Engagement,
            regardingTable: RegardingTable,
            messageType: MessageType);
    }

    /// <summary>The platform when <see cref="Platform"/> is a known scrm_platform value, else null.</summary>
    public SocialPlatform? KnownPlatform =>
        Platform.HasValue && Choices.IsPlatform(Platform.Value) ? (SocialPlatform)Platform.Value : null;

    /// <summary>
    /// The direction when <see cref="Direction"/> is missing (inbound) or a known scrm_direction value, else null.
    /// </summary>
    public MentionDirection? KnownDirection =>
        !Direction.HasValue ? MentionDirection.Inbound
        : Choices.IsDirection(Direction.Value) ? (MentionDirection)Direction.Value
        : null;

    /// <summary>The message type when <see cref="MessageType"/> is a known scrm_messagetype value, else null.</summary>
    public MessageType? KnownMessageType =>
        MessageType.HasValue && Choices.IsMessageType(MessageType.Value) ? (MessageType)MessageType.Value : null;
}
