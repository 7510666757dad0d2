using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>What a composed reply becomes: refused with a reason, or accepted with where it goes on the network.</summary>
public sealed class ReplyDecision
{
    private ReplyDecision(string? refusal, string text, MessageType messageType, string? inReplyToId)
    {
        Refusal = refusal;
        Text = text;
        MessageType = messageType;
        InReplyToId = inReplyToId;
    }

    /// <summary>Why the reply cannot leave, as a sentence for the agent; null when it is accepted.</summary>
    public string? Refusal { get; }

    public bool IsAccepted => Refusal == null;

    /// <summary>The text as it will be posted (NFC, trimmed).</summary>
    public string Text { get; }

    /// <summary>Follows the conversation: a private message in a direct-message thread, a reply under a public post otherwise.</summary>
    public MessageType MessageType { get; }

    /// <summary>The customer's post the reply answers.</summary>
    public string? InReplyToId { get; }

    public static ReplyDecision Refuse(string reason) => new(reason, string.Empty, MessageType.CommentOrReply, null);

    public static ReplyDecision Accept(string text, MessageType messageType, string inReplyToId) => new(null, text, messageType, inReplyToId);
}
