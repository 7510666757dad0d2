using System;
using System.Linq;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Plugins.Schema;
using StandardTables = SocialCrm.Plugins.Schema.StandardTables;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Mention = SocialCrm.Plugins.Schema.MentionTable;
using Profile = SocialCrm.Plugins.Schema.SocialProfileTable;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// The scrm_ tables described in code from Plugins/Schema, with the types and lengths of the solution's
/// customizations, until tests start LocalDataverse from the solution zip. The one place tests define them.
/// </summary>
internal static class SocialCrmTables
{
    public static TableDefinition[] All() => new[] { SocialProfile(), ConversationTable(), MentionTable() };

    public static TableDefinition SocialProfile() =>
        new TableBuilder(Profile.LogicalName)
            .WithEntitySetName(Profile.EntitySetName)
            .WithPrimaryName(Profile.PrimaryName, Profile.NameLength)
            .WithChoice(Profile.Platform, Values<SocialPlatform>())
            .WithString(Profile.ExternalUserId, Profile.ExternalUserIdLength)
            .WithString(Profile.Handle, Profile.HandleLength)
            .WithString(Profile.DisplayName, Profile.DisplayNameLength)
            .WithString(Profile.Email, Profile.EmailLength)
            .WithString(Profile.ProfileUrl, Profile.ProfileUrlLength)
            .WithInteger(Profile.Followers)
            .WithBoolean(Profile.Verified)
            .WithInteger(Profile.InfluenceScore)
            .WithLookup(Profile.Contact, StandardTables.Contact.LogicalName)
            .WithChoice(Profile.LinkMethod, Values<LinkMethod>())
            .WithInteger(Profile.LinkConfidence)
            .WithBoolean(Profile.Blocked)
            .WithInteger(Profile.MentionCount)
            .WithInteger(Profile.TotalEngagement)
            .WithDateTime(Profile.LastMentionOn)
            .WithDecimal(Profile.AverageSentiment, 4)
            .WithAlternateKey(Profile.AlternateKey, Profile.Platform, Profile.ExternalUserId)
            .Build();

    public static TableDefinition ConversationTable() =>
        new TableBuilder(Conversation.LogicalName)
            .WithEntitySetName(Conversation.EntitySetName)
            .WithPrimaryName(Conversation.PrimaryName, Conversation.NameLength)
            .WithChoice(Conversation.Platform, Values<SocialPlatform>())
            .WithString(Conversation.ExternalThreadId, Conversation.ExternalThreadIdLength)
            .WithLookup(Conversation.OriginatingProfile, Profile.LogicalName)
            .WithLookup(Conversation.Contact, StandardTables.Contact.LogicalName)
            .WithStates(
                new[] { new OptionDefinition((int)ConversationState.Open, "Open"), new OptionDefinition((int)ConversationState.Closed, "Closed") },
                new[]
                {
                    new OptionDefinition((int)ConversationStatus.New, "New", (int)ConversationState.Open),
                    new OptionDefinition((int)ConversationStatus.AwaitingReply, "Awaiting reply", (int)ConversationState.Open),
                    new OptionDefinition((int)ConversationStatus.Replied, "Replied", (int)ConversationState.Open),
                    new OptionDefinition((int)ConversationStatus.Resolved, "Resolved", (int)ConversationState.Closed),
                    new OptionDefinition((int)ConversationStatus.Ignored, "Ignored", (int)ConversationState.Closed),
                })
            .WithChoice(Conversation.Priority, Values<ConversationPriority>())
            .WithInteger(Conversation.MentionCount)
            .WithInteger(Conversation.InboundMentionCount)
            .WithDateTime(Conversation.FirstMentionOn)
            .WithDateTime(Conversation.LastMentionOn)
            .WithDateTime(Conversation.LastInboundOn)
            .WithDateTime(Conversation.LastOutboundOn)
            .WithDecimal(Conversation.AverageSentiment, 4)
            .WithDecimal(Conversation.LastSentiment, 4)
            .WithChoice(Conversation.SentimentTrend, Values<SentimentTrend>())
            .WithInteger(Conversation.NegativeStreak)
            .WithLookup(Conversation.Case, StandardTables.Incident.LogicalName)
            .WithDateTime(Conversation.EscalatedOn)
            .WithString(Conversation.EscalationReason, Conversation.EscalationReasonLength)
            .WithDateTime(Conversation.ClosedOn)
            .WithLookup(Conversation.PreviousConversation, Conversation.LogicalName)
            .WithAlternateKey(Conversation.AlternateKey, Conversation.Platform, Conversation.ExternalThreadId)
            .Build();

    public static TableDefinition MentionTable() =>
        new TableBuilder(Mention.LogicalName)
            .AsActivity()
            .WithEntitySetName(Mention.EntitySetName)
            .WithPrimaryName(Mention.Subject, Mention.SubjectLength)
            .WithMemo(Mention.Description, Mention.DescriptionLength)
            .WithChoice(Mention.Platform, Values<SocialPlatform>())
            .WithString(Mention.ExternalPostId, Mention.ExternalIdLength)
            .WithString(Mention.ThreadId, Mention.ExternalIdLength)
            .WithString(Mention.InReplyToId, Mention.ExternalIdLength)
            .WithChoice(Mention.Direction, Values<MentionDirection>())
            .WithLookup(Mention.AuthorProfile, Profile.LogicalName)
            .WithString(Mention.AuthorExternalId, Mention.ExternalIdLength)
            .WithString(Mention.AuthorHandle, Mention.AuthorHandleLength)
            .WithString(Mention.AuthorDisplayName, Mention.AuthorDisplayNameLength)
            .WithString(Mention.AuthorEmail, Mention.AuthorEmailLength)
            .WithInteger(Mention.AuthorFollowers)
            .WithBoolean(Mention.AuthorVerified)
            .WithString(Mention.PostUrl, Mention.PostUrlLength)
            .WithDateTime(Mention.PostedOn)
            .WithDecimal(Mention.SentimentScore, 4)
            .WithChoice(Mention.SentimentLabel, Values<SentimentLabel>())
            .WithString(Mention.Language, Mention.LanguageLength)
            .WithInteger(Mention.Likes)
            .WithInteger(Mention.Shares)
            .WithInteger(Mention.Replies)
            .WithChoice(Mention.SendStatus, Values<SendStatus>())
            .WithMemo(Mention.SendError, Mention.SendErrorLength)
            .WithAlternateKey(Mention.AlternateKey, Mention.Platform, Mention.ExternalPostId)
            .Build();

    private static int[] Values<TChoice>() where TChoice : struct, Enum =>
        Enum.GetValues(typeof(TChoice)).Cast<int>().ToArray();
}
