using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using Mention = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// A scrm_mention as the worker sends one: an inbound X post by user u1, posted an hour before the fixture's clock,
/// unless the test says otherwise.
/// </summary>
internal sealed class MentionBuilder
{
    private readonly Entity _mention = new(Mention.LogicalName);

    private MentionBuilder(string postId)
    {
        _mention[Mention.Platform] = new OptionSetValue((int)SocialPlatform.X);
        _mention[Mention.ExternalPostId] = postId;
        _mention[Mention.AuthorExternalId] = "u1";
        _mention[Mention.PostedOn] = SocialCrmFixture.Now.AddHours(-1);
        _mention[Mention.Description] = "Thanks for the quick delivery.";
    }

    public static MentionBuilder Post(string postId) => new(postId);

    public MentionBuilder On(SocialPlatform platform) => Set(Mention.Platform, new OptionSetValue((int)platform));

    public MentionBuilder By(string authorId, string? handle = null, string? name = null)
    {
        Set(Mention.AuthorExternalId, authorId);
        if (handle != null)
        {
            Set(Mention.AuthorHandle, handle);
        }

        return name == null ? this : Set(Mention.AuthorDisplayName, name);
    }

    public MentionBuilder Email(string email) => Set(Mention.AuthorEmail, email);

    public MentionBuilder Followers(int followers, bool verified = false) =>
        Set(Mention.AuthorFollowers, followers).Set(Mention.AuthorVerified, verified);

    public MentionBuilder Saying(string? text) => Set(Mention.Description, text);

    public MentionBuilder At(DateTime postedOn) => Set(Mention.PostedOn, postedOn);

    public MentionBuilder InThread(string threadId) => Set(Mention.ThreadId, threadId);

    public MentionBuilder ReplyingTo(string postId) => Set(Mention.InReplyToId, postId);

    public MentionBuilder Outbound(Guid conversationId) =>
        Set(Mention.Direction, new OptionSetValue((int)MentionDirection.Outbound))
            .Set(Mention.Conversation, new EntityReference(ConversationTable.LogicalName, conversationId));

    public MentionBuilder Private() => Set(Mention.MessageType, new OptionSetValue((int)MessageType.PrivateMessage));

    public MentionBuilder Engagement(int likes, int shares = 0, int replies = 0) =>
        Set(Mention.Likes, likes).Set(Mention.Shares, shares).Set(Mention.Replies, replies);

    public MentionBuilder Set(string column, object? value)
    {
        _mention[column] = value;
        return this;
    }

    public MentionBuilder Without(string column)
    {
        _mention.Attributes.Remove(column);
        return this;
    }

    public Entity Build()
    {
        var copy = new Entity(_mention.LogicalName);
        foreach (var column in _mention.Attributes)
        {
            copy[column.Key] = column.Value;
        }

        return copy;
    }

    public static implicit operator Entity(MentionBuilder builder) => builder.Build();
}
