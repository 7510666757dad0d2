using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The new mention escalation weighs: its network, kind, direction, sentiment and what a case quotes of it.</summary>
public sealed class EscalatingMention
{
    private string? _foldedText;

    public EscalatingMention(
        SocialPlatform platform,
        MentionDirection direction,
        double sentimentScore,
        string? text,
        string? subject = null,
        string? postUrl = null,
        MessageType? messageType = null)
    {
        Platform = platform;
        Direction = direction;
        SentimentScore = sentimentScore;
        Text = text;
        Subject = subject;
        PostUrl = postUrl;
        MessageType = messageType;
    }

    public SocialPlatform Platform { get; }

    public MentionDirection Direction { get; }

    /// <summary>The mention's sentiment score, -1..1.</summary>
    public double SentimentScore { get; }

    /// <summary>The mention's full text.</summary>
    public string? Text { get; }

    /// <summary>The text as escalation keywords are compared with it, folded when a rule first looks.</summary>
    internal string? FoldedText => _foldedText ??= EscalationKeywords.Fold(Text);

    public string? Subject { get; }

    public string? PostUrl { get; }

    /// <summary>Public post, comment or private message; null when the source did not say.</summary>
    public MessageType? MessageType { get; }
}
