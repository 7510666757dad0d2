using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>
/// A normalised mention <see cref="MentionValidator"/> accepted: what validation requires is there and typed (network,
/// post id, author id, posting time, direction), so intake works on plain values instead of nullable ones.
/// Only the validator makes one.
/// </summary>
public sealed class ValidMention
{
    internal ValidMention(IncomingMention mention)
    {
        Platform = mention.KnownPlatform ?? throw Invalid(nameof(mention.Platform));
        ExternalPostId = mention.ExternalPostId ?? throw Invalid(nameof(mention.ExternalPostId));
        AuthorExternalId = mention.Author.ExternalId ?? throw Invalid(nameof(mention.Author.ExternalId));
        PostedOn = mention.PostedOn ?? throw Invalid(nameof(mention.PostedOn));
        Direction = mention.KnownDirection ?? throw Invalid(nameof(mention.Direction));
        Author = mention.Author;
        Text = mention.Text;
        ThreadId = mention.ThreadId;
        InReplyToId = mention.InReplyToId;
        ConversationId = mention.ConversationId;
        PostUrl = mention.PostUrl;
        Language = mention.Language;
        Engagement = mention.Engagement;
        MessageType = mention.KnownMessageType;
    }

    public SocialPlatform Platform { get; }

    /// <summary>scrm_externalpostid.</summary>
    public string ExternalPostId { get; }

    /// <summary>The author as the source described them; <see cref="AuthorExternalId"/> is their id.</summary>
    public MentionAuthor Author { get; }

    /// <summary>scrm_authorexternalid: with the platform, the key of the author's profile.</summary>
    public string AuthorExternalId { get; }

    /// <summary>scrm_postedon (UTC).</summary>
    public DateTime PostedOn { get; }

    public MentionDirection Direction { get; }

    public string? Text { get; }

    public string? ThreadId { get; }

    public string? InReplyToId { get; }

    /// <summary>regardingobjectid: the conversation an outbound mention is posted in.</summary>
    public Guid? ConversationId { get; }

    public string? PostUrl { get; }

    public string? Language { get; }

    public Engagement Engagement { get; }

    /// <summary>Public post, comment or private message; null when the source did not say.</summary>
    public MessageType? MessageType { get; }

    // Reached only if the validator's rules and this type's drift apart.
    private static InvalidOperationException Invalid(string value) =>
        new InvalidOperationException($"The validator accepted a mention without {value}.");
}
