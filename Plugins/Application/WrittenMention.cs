using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A mention as intake wrote it, read from a stored row or an update's target: what it adds to its conversation's and
/// author's figures, and what escalation looks at.
/// </summary>
public sealed class WrittenMention
{
    private WrittenMention(int index, Entity target, SocialPlatform platform, RollupMention rollup, Guid conversationId, Guid? authorProfileId)
    {
        Index = index;
        Platform = platform;
        Rollup = rollup;
        ConversationId = conversationId;
        AuthorProfileId = authorProfileId;
        Text = target.Text(Table.Description);
        Subject = target.Text(Table.Subject);
        PostUrl = target.Text(Table.PostUrl);
        var messageType = target.OptionValue(Table.MessageType);
        MessageType = messageType.HasValue && Choices.IsMessageType(messageType.Value) ? (MessageType)messageType.Value : null;
    }

    /// <summary>Every column <see cref="From"/> reads, for a query that reads stored mentions back as written ones.</summary>
    public static readonly string[] Columns =
    {
        Table.Conversation, Table.PostedOn, Table.Platform, Table.SentimentScore, Table.SentimentLabel, Table.Direction,
        Table.Likes, Table.Shares, Table.Replies, Table.Description, Table.Subject, Table.PostUrl, Table.MessageType,
        Table.AuthorProfile,
    };

    /// <summary>Position in the batch: ties in posting time keep batch order.</summary>
    public int Index { get; }

    public SocialPlatform Platform { get; }

    public RollupMention Rollup { get; }

    public Guid ConversationId { get; }

    public Guid? AuthorProfileId { get; }

    public string? Text { get; }

    public string? Subject { get; }

    public string? PostUrl { get; }

    /// <summary>Public post, comment or private message; null when the source did not say.</summary>
    public MessageType? MessageType { get; }

    /// <summary>The mention as the escalation rules weigh it.</summary>
    public EscalatingMention ForEscalation() =>
        new EscalatingMention(Platform, Rollup.Direction, Rollup.SentimentScore, Text, Subject, PostUrl, MessageType);

    /// <summary>
    /// The mention written from <paramref name="target"/>; null when it lacks what intake sets (a conversation, a posting
    /// time, a platform): such a row did not come through intake, so it has nothing to roll up.
    /// </summary>
    public static WrittenMention? From(int index, Entity target)
    {
        var conversationId = target.ReferenceId(Table.Conversation);
        var postedOn = target.UtcDate(Table.PostedOn);
        var platform = target.OptionValue(Table.Platform);
        if (!conversationId.HasValue || !postedOn.HasValue || !platform.HasValue || !Choices.IsPlatform(platform.Value))
        {
            return null;
        }

        var score = Math.Max(-1, Math.Min(1, target.NumberValue(Table.SentimentScore) ?? 0));
        var label = target.OptionValue(Table.SentimentLabel);
        var direction = target.OptionValue(Table.Direction) == (int)MentionDirection.Outbound ? MentionDirection.Outbound : MentionDirection.Inbound;
        var engagement = new Engagement(target.WholeNumber(Table.Likes), target.WholeNumber(Table.Shares), target.WholeNumber(Table.Replies));
        var rollup = new RollupMention(
            score,
            label.HasValue && Enum.IsDefined(typeof(SentimentLabel), label.Value) ? (SentimentLabel)label.Value : SentimentLabel.Neutral,
            direction,
            postedOn.Value,
            engagement.Total);
        return new WrittenMention(index, target, (SocialPlatform)platform.Value, rollup, conversationId.Value, target.ReferenceId(Table.AuthorProfile));
    }
}
