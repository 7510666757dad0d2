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
    // Known to be cleaned already, so that cleaning it again costs nothing (normalising is idempotent).
    private bool _normalized;

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
    public IncomingMention Normalized() =>
        _normalized ? this
        : Normalize(Platform, ExternalPostId, Author, PostedOn, Text, ThreadId, InReplyToId, Direction, ConversationId, PostUrl, Language,
            Engagement, RegardingTable, MessageType, asSent: this);

    /// <summary>The mention of these values as sent, cleaned: what <see cref="Normalized"/> of the mention made of them gives,
    /// without making that mention first (intake reads a batch's targets this way).</summary>
    public static IncomingMention NormalizedFrom(
        int? platform, string? externalPostId, MentionAuthor author, DateTime? postedOn, string? text, string? threadId, string? inReplyToId,
        int? direction, Guid? conversationId, string? postUrl, string? language, Engagement? engagement, string? regardingTable, int? messageType) =>
        Normalize(platform, externalPostId, author, postedOn, text, threadId, inReplyToId, direction, conversationId, postUrl, language,
            engagement, regardingTable, messageType, asSent: null);

    private static IncomingMention Normalize(
        int? platform, string? externalPostId, MentionAuthor author, DateTime? postedOn, string? text, string? threadId, string? inReplyToId,
        int? direction, Guid? conversationId, string? postUrl, string? language, Engagement? engagement, string? regardingTable, int? messageType,
        IncomingMention? asSent)
    {
        var cleanPostId = TextNormalizer.Line(externalPostId);
        var cleanAuthor = author.Normalized();
        var cleanText = TextNormalizer.Text(text);
        var cleanThreadId = TextNormalizer.Line(threadId);
        var cleanInReplyToId = TextNormalizer.Line(inReplyToId);
        var cleanPostUrl = TextNormalizer.Line(postUrl);
        var cleanLanguage = TextNormalizer.Line(language);
        var normalized = asSent != null && ReferenceEquals(cleanPostId, externalPostId) && ReferenceEquals(cleanAuthor, author)
            && ReferenceEquals(cleanText, text) && ReferenceEquals(cleanThreadId, threadId) && ReferenceEquals(cleanInReplyToId, inReplyToId)
            && ReferenceEquals(cleanPostUrl, postUrl) && ReferenceEquals(cleanLanguage, language)
            ? asSent
            : new IncomingMention(
                platform: platform,
                externalPostId: cleanPostId,
                author: cleanAuthor,
                postedOn: postedOn,
                text: cleanText,
                threadId: cleanThreadId,
                inReplyToId: cleanInReplyToId,
                direction: direction,
                conversationId: conversationId,
                postUrl: cleanPostUrl,
                language: cleanLanguage,
                engagement: engagement,
                regardingTable: regardingTable,
                messageType: messageType);
        normalized._normalized = true;
        return normalized;
    }

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
