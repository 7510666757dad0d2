using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Intake;

/// <summary>A valid inbound mention by default; tests change the one column they are about.</summary>
internal sealed class IncomingMentionBuilder
{
    public static readonly DateTime Now = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);

    public int? Platform { get; set; } = (int)SocialPlatform.X;
    public string? ExternalPostId { get; set; } = "1900000000000000001";
    public string? ThreadId { get; set; }
    public string? InReplyToId { get; set; }
    public int? Direction { get; set; }
    public Guid? ConversationId { get; set; }
    public string? RegardingTable { get; set; }
    public DateTime? PostedOn { get; set; } = Now.AddMinutes(-3);
    public string? Text { get; set; } = "My order never arrived.\nCan you help?";
    public string? PostUrl { get; set; } = "https://x.com/jane/status/1900000000000000001";
    public string? Language { get; set; } = "en";
    public string? AuthorExternalId { get; set; } = "44196397";
    public string? AuthorHandle { get; set; } = "@Jane";
    public string? AuthorDisplayName { get; set; } = "Jane Doe";
    public string? AuthorEmail { get; set; }
    public int? AuthorFollowers { get; set; } = 120;
    public bool? AuthorVerified { get; set; } = false;
    public int? Likes { get; set; } = 2;
    public int? Shares { get; set; }
    public int? Replies { get; set; }

    public IncomingMention Build() => new IncomingMention(
        platform: Platform,
        externalPostId: ExternalPostId,
        author: new MentionAuthor(AuthorExternalId, AuthorHandle, AuthorDisplayName, AuthorEmail, AuthorFollowers, AuthorVerified),
        postedOn: PostedOn,
        text: Text,
        threadId: ThreadId,
        inReplyToId: InReplyToId,
        direction: Direction,
        conversationId: ConversationId,
        postUrl: PostUrl,
        language: Language,
        engagement: new Engagement(Likes, Shares, Replies),
        regardingTable: RegardingTable);
}
