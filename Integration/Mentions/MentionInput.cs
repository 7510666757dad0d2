namespace SocialCrm.Integration.Mentions;

/// <summary>
/// A mention as a source delivers it, every value still text (a CSV cell, a JSON value written out, a feed element).
/// The property names, camel-cased, are the field names of the import formats and of the generic webhook.
/// </summary>
public sealed class MentionInput
{
    public string? Platform { get; set; }
    public string? ExternalPostId { get; set; }
    public string? ThreadId { get; set; }
    public string? InReplyToId { get; set; }
    public string? Direction { get; set; }
    public string? MessageType { get; set; }
    public string? AuthorExternalId { get; set; }
    public string? AuthorHandle { get; set; }
    public string? AuthorDisplayName { get; set; }
    public string? AuthorEmail { get; set; }
    public string? AuthorFollowers { get; set; }
    public string? AuthorVerified { get; set; }
    public string? Text { get; set; }
    public string? PostUrl { get; set; }
    public string? PostedOn { get; set; }
    public string? Language { get; set; }
    public string? Likes { get; set; }
    public string? Shares { get; set; }
    public string? Replies { get; set; }

    /// <summary>A sentiment score the source already has (-1..1), such as a listening tool's or Azure AI Language's:
    /// kept instead of the local lexicon's.</summary>
    public string? SentimentScore { get; set; }

    /// <summary>Who scored <see cref="SentimentScore"/> ("Azure AI Language", "Brandwatch"): required with it.</summary>
    public string? SentimentSource { get; set; }
}
