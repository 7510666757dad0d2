using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Intake;

[TestClass]
public sealed class MentionValidatorTests
{
    private static readonly DateTime Now = IncomingMentionBuilder.Now;

    [TestMethod]
    public void A_valid_mention_comes_back_typed_with_its_required_values_and_an_invalid_one_does_not()
    {
        var valid = MentionValidator.Validate(new IncomingMentionBuilder().Build(), Now).Mention;
        var invalid = MentionValidator.Validate(new IncomingMentionBuilder { PostedOn = null }.Build(), Now).Mention;

        Assert.IsNotNull(valid);
        Assert.AreEqual(SocialCrm.Mentions.SocialPlatform.X, valid.Platform);
        Assert.AreEqual(SocialCrm.Mentions.MentionDirection.Inbound, valid.Direction, "a mention without a direction is inbound");
        Assert.IsNull(invalid);
    }

    [TestMethod]
    public void Complete_mention_is_valid()
    {
        var validation = MentionValidator.Validate(new IncomingMentionBuilder().Build(), Now);

        Assert.IsTrue(validation.IsValid);
        Assert.AreEqual(string.Empty, validation.Message);
    }

    [TestMethod]
    [DataRow(MentionTable.Platform, "scrm_platform is required: the network a mention comes from is part of its key.", DisplayName = "platform")]
    [DataRow(MentionTable.ExternalPostId, "scrm_externalpostid is required: the post's id on its network identifies the mention.", DisplayName = "external post id")]
    [DataRow(MentionTable.AuthorExternalId, "scrm_authorexternalid is required: the author's user id on its network identifies their social profile.", DisplayName = "author external id")]
    [DataRow(MentionTable.PostedOn, "scrm_postedon is required: threading and rollups order mentions by when they were posted.", DisplayName = "posted on")]
    public void Missing_required_column_is_named_with_why_it_is_needed(string column, string expected)
    {
        var builder = new IncomingMentionBuilder();
        switch (column)
        {
            case MentionTable.Platform: builder.Platform = null; break;
            case MentionTable.ExternalPostId: builder.ExternalPostId = null; break;
            case MentionTable.AuthorExternalId: builder.AuthorExternalId = null; break;
            default: builder.PostedOn = null; break;
        }

        var problem = MentionValidator.Validate(builder.Build(), Now).Problems.Single();

        Assert.AreEqual(column, problem.Column);
        Assert.AreEqual(expected, problem.Message);
    }

    [TestMethod]
    [DataRow("   ", DisplayName = "blank")]
    [DataRow("\u200B", DisplayName = "zero width only, once normalised")]
    public void Id_that_is_empty_once_normalised_is_missing(string id)
    {
        var mention = new IncomingMentionBuilder { ExternalPostId = id, AuthorExternalId = id }.Build().Normalized();

        var columns = MentionValidator.Validate(mention, Now).Problems.Select(problem => problem.Column).ToList();

        CollectionAssert.AreEqual(new[] { MentionTable.ExternalPostId, MentionTable.AuthorExternalId }, columns);
    }

    [TestMethod]
    [DataRow(MentionTable.ExternalPostId, MentionTable.ExternalIdLength, DisplayName = "external post id")]
    [DataRow(MentionTable.ThreadId, MentionTable.ExternalIdLength, DisplayName = "thread id")]
    [DataRow(MentionTable.InReplyToId, MentionTable.ExternalIdLength, DisplayName = "in-reply-to id")]
    [DataRow(MentionTable.AuthorExternalId, MentionTable.ExternalIdLength, DisplayName = "author external id")]
    [DataRow(MentionTable.AuthorHandle, MentionTable.AuthorHandleLength, DisplayName = "handle")]
    [DataRow(MentionTable.AuthorDisplayName, MentionTable.AuthorDisplayNameLength, DisplayName = "display name")]
    [DataRow(MentionTable.AuthorEmail, MentionTable.AuthorEmailLength, DisplayName = "e-mail")]
    [DataRow(MentionTable.PostUrl, MentionTable.PostUrlLength, DisplayName = "post URL")]
    [DataRow(MentionTable.Language, MentionTable.LanguageLength, DisplayName = "language")]
    [DataRow(MentionTable.Description, MentionTable.DescriptionLength, DisplayName = "text")]
    public void Value_over_its_column_length_is_rejected_and_one_at_the_length_is_not(string column, int maxLength)
    {
        var atLimit = MentionValidator.Validate(WithValue(column, OfLength(column, maxLength)), Now);
        var overLimit = MentionValidator.Validate(WithValue(column, OfLength(column, maxLength + 1)), Now);

        Assert.IsTrue(atLimit.IsValid, atLimit.Message);
        var problem = overLimit.Problems.Single();
        Assert.AreEqual(column, problem.Column);
        Assert.AreEqual($"{column} is too long: {maxLength + 1} characters, the limit is {maxLength}.", problem.Message);
    }

    [TestMethod]
    [DataRow(0, DisplayName = "0")]
    [DataRow(5, DisplayName = "a small number")]
    [DataRow(746500009, DisplayName = "just past the last network")]
    [DataRow(-746500000, DisplayName = "negative")]
    public void Platform_that_is_not_a_known_network_is_rejected(int platform)
    {
        var problem = MentionValidator.Validate(new IncomingMentionBuilder { Platform = platform }.Build(), Now).Problems.Single();

        Assert.AreEqual(MentionTable.Platform, problem.Column);
        Assert.StartsWith($"scrm_platform is not a known network: {platform}; use one of X (746500000), Facebook (746500001),", problem.Message);
        Assert.EndsWith("Mastodon (746500007), Bluesky (746500008).", problem.Message);
    }

    [TestMethod]
    public void Every_network_is_a_known_platform()
    {
        foreach (SocialPlatform platform in Enum.GetValues(typeof(SocialPlatform)))
        {
            Assert.IsTrue(MentionValidator.Validate(new IncomingMentionBuilder { Platform = (int)platform }.Build(), Now).IsValid, platform.ToString());
        }
    }

    [TestMethod]
    public void Direction_that_is_not_a_known_value_is_rejected()
    {
        var problem = MentionValidator.Validate(new IncomingMentionBuilder { Direction = 3 }.Build(), Now).Problems.Single();

        Assert.AreEqual(MentionTable.Direction, problem.Column);
        Assert.AreEqual("scrm_direction is not a known direction: 3; use one of Inbound (746500000), Outbound (746500001).", problem.Message);
    }

    [TestMethod]
    public void Outbound_mention_without_a_conversation_is_rejected()
    {
        var mention = new IncomingMentionBuilder { Direction = (int)MentionDirection.Outbound }.Build();

        var problem = MentionValidator.Validate(mention, Now).Problems.Single();

        Assert.AreEqual(MentionTable.Conversation, problem.Column);
        Assert.AreEqual("regardingobjectid is required for an outbound mention: a reply is posted in a conversation.", problem.Message);
    }

    [TestMethod]
    [DataRow((int)MentionDirection.Outbound, DisplayName = "outbound")]
    [DataRow(null, DisplayName = "inbound")]
    public void Mention_regarding_a_row_that_is_not_a_conversation_is_rejected(int? direction)
    {
        var mention = new IncomingMentionBuilder { Direction = direction, ConversationId = Guid.NewGuid(), RegardingTable = "contact" }.Build();

        var problem = MentionValidator.Validate(mention, Now).Problems.Single();

        Assert.AreEqual(MentionTable.Conversation, problem.Column);
        Assert.AreEqual("regardingobjectid is not a scrm_conversation: a mention is regarding its conversation, not a contact.", problem.Message);
    }

    [TestMethod]
    [DataRow((int)MentionDirection.Outbound, true, DisplayName = "outbound in a conversation")]
    [DataRow((int)MentionDirection.Inbound, false, DisplayName = "inbound without a conversation")]
    [DataRow(null, false, DisplayName = "no direction (inbound) without a conversation")]
    public void Conversation_is_needed_only_for_outbound_mentions(int? direction, bool withConversation)
    {
        var mention = new IncomingMentionBuilder
        {
            Direction = direction,
            ConversationId = withConversation ? Guid.NewGuid() : null,
        }.Build();

        Assert.IsTrue(MentionValidator.Validate(mention, Now).IsValid);
    }

    [TestMethod]
    [DataRow(-86400, DisplayName = "a day ago")]
    [DataRow(0, DisplayName = "now")]
    [DataRow(299, DisplayName = "just under 5 minutes ahead")]
    [DataRow(300, DisplayName = "exactly 5 minutes ahead")]
    public void Posted_on_up_to_5_minutes_ahead_of_now_is_accepted(int secondsFromNow)
    {
        var mention = new IncomingMentionBuilder { PostedOn = Now.AddSeconds(secondsFromNow) }.Build();

        Assert.IsTrue(MentionValidator.Validate(mention, Now).IsValid);
    }

    [TestMethod]
    [DataRow(301, "2025-03-14T12:05:01Z", DisplayName = "a second past 5 minutes")]
    [DataRow(86400, "2025-03-15T12:00:00Z", DisplayName = "a day ahead (a time zone mistake)")]
    public void Posted_on_more_than_5_minutes_ahead_of_now_is_rejected(int secondsFromNow, string postedOn)
    {
        var mention = new IncomingMentionBuilder { PostedOn = Now.AddSeconds(secondsFromNow) }.Build();

        var problem = MentionValidator.Validate(mention, Now).Problems.Single();

        Assert.AreEqual(MentionTable.PostedOn, problem.Column);
        Assert.AreEqual(
            $"scrm_postedon is in the future: {postedOn} is more than 5 minutes after now (2025-03-14T12:00:00Z); check the source's clock and time zone.",
            problem.Message);
    }

    [TestMethod]
    [DataRow(MentionTable.AuthorFollowers, DisplayName = "followers")]
    [DataRow(MentionTable.Likes, DisplayName = "likes")]
    [DataRow(MentionTable.Shares, DisplayName = "shares")]
    [DataRow(MentionTable.Replies, DisplayName = "replies")]
    public void Negative_count_is_rejected_and_zero_is_not(string column)
    {
        var zero = MentionValidator.Validate(WithCount(column, 0), Now);
        var negative = MentionValidator.Validate(WithCount(column, -1), Now);

        Assert.IsTrue(zero.IsValid);
        var problem = negative.Problems.Single();
        Assert.AreEqual(column, problem.Column);
        Assert.AreEqual($"{column} cannot be negative: -1.", problem.Message);
    }

    [TestMethod]
    public void Every_problem_of_a_mention_is_reported_at_once()
    {
        var mention = new IncomingMentionBuilder
        {
            Platform = null,
            ExternalPostId = null,
            AuthorExternalId = null,
            Likes = -3,
        }.Build();

        var validation = MentionValidator.Validate(mention, Now);

        Assert.IsFalse(validation.IsValid);
        CollectionAssert.AreEqual(
            new[] { MentionTable.Platform, MentionTable.ExternalPostId, MentionTable.AuthorExternalId, MentionTable.Likes },
            validation.Problems.Select(problem => problem.Column).ToList());
        Assert.AreEqual(string.Join(" ", validation.Problems.Select(problem => problem.Message)), validation.Message);
        Assert.StartsWith("scrm_platform is required: ", validation.Message);
        Assert.EndsWith(" scrm_likes cannot be negative: -3.", validation.Message);
    }

    // A value of the column's shape (an e-mail address, a web address), so only its length can be wrong.
    private static string OfLength(string column, int length) => column switch
    {
        MentionTable.AuthorEmail => new string('a', length - "@x.io".Length) + "@x.io",
        MentionTable.PostUrl => "https://x.io/" + new string('a', length - "https://x.io/".Length),
        _ => new string('a', length),
    };

    private static IncomingMention WithValue(string column, string value)
    {
        var builder = new IncomingMentionBuilder();
        switch (column)
        {
            case MentionTable.ExternalPostId: builder.ExternalPostId = value; break;
            case MentionTable.ThreadId: builder.ThreadId = value; break;
            case MentionTable.InReplyToId: builder.InReplyToId = value; break;
            case MentionTable.AuthorExternalId: builder.AuthorExternalId = value; break;
            case MentionTable.AuthorHandle: builder.AuthorHandle = value; break;
            case MentionTable.AuthorDisplayName: builder.AuthorDisplayName = value; break;
            case MentionTable.AuthorEmail: builder.AuthorEmail = value; break;
            case MentionTable.PostUrl: builder.PostUrl = value; break;
            case MentionTable.Language: builder.Language = value; break;
            case MentionTable.Description: builder.Text = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column, "No such text column in this test.");
        }

        return builder.Build();
    }

    private static IncomingMention WithCount(string column, int value)
    {
        var builder = new IncomingMentionBuilder();
        switch (column)
        {
            case MentionTable.AuthorFollowers: builder.AuthorFollowers = value; break;
            case MentionTable.Likes: builder.Likes = value; break;
            case MentionTable.Shares: builder.Shares = value; break;
            case MentionTable.Replies: builder.Replies = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column, "No such count column in this test.");
        }

        return builder.Build();
    }
}
