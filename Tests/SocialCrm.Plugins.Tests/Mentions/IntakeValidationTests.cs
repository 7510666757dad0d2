using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>Bad input is rejected before anything is written, with a message that names the column.</summary>
[TestClass]
public sealed class IntakeValidationTests
{
    [TestMethod]
    [DataRow("no post id", "scrm_externalpostid is required", DisplayName = "A mention without a post id")]
    [DataRow("no author id", "scrm_authorexternalid is required", DisplayName = "A mention without an author id")]
    [DataRow("no posted on", "scrm_postedon is required", DisplayName = "A mention without a posting time")]
    [DataRow("future", "scrm_postedon", DisplayName = "A mention posted an hour in the future")]
    [DataRow("unknown platform", "scrm_platform is not a known network", DisplayName = "A mention on an unknown network")]
    [DataRow("unknown direction", "scrm_direction is not a known direction", DisplayName = "A mention with an unknown direction")]
    [DataRow("outbound without conversation", "regardingobjectid is required for an outbound mention", DisplayName = "An outbound mention posted in no conversation")]
    [DataRow("regarding a contact", "regardingobjectid is not a scrm_conversation", DisplayName = "An outbound mention regarding a contact instead of a conversation")]
    [DataRow("negative likes", "scrm_likes cannot be negative", DisplayName = "A mention with negative likes")]
    [DataRow("long text", "description is too long", DisplayName = "A mention longer than the description column")]
    [DataRow("long handle", "scrm_authorhandle is too long", DisplayName = "An author handle longer than its column")]
    public void Bad_input_is_rejected_with_a_message_naming_the_column_and_nothing_is_written(string problem, string expected)
    {
        using var crm = SocialCrmFixture.Start().Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.Create, Broken(problem)));

        StringAssert.Contains(message, expected);
        AssertNothingWritten(crm);
    }

    [TestMethod]
    public void One_bad_mention_rejects_its_whole_batch_and_the_message_says_which_one()
    {
        using var crm = SocialCrmFixture.Start().Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.UpsertMultiple,
            Post("1").By("u1"), Post("2").By("u2").Without(MentionTable.AuthorExternalId), Post("3").By("u3")));

        StringAssert.StartsWith(message, "Mention 2 of 3 (X post 2): scrm_authorexternalid is required");
        AssertNothingWritten(crm);
    }

    [TestMethod]
    public void Every_problem_of_a_mention_is_named_in_one_rejection()
    {
        using var crm = SocialCrmFixture.Start().Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.Create,
            Post("1").Without(MentionTable.AuthorExternalId).Set(MentionTable.Shares, -3)));

        StringAssert.Contains(message, "scrm_authorexternalid is required");
        StringAssert.Contains(message, "scrm_shares cannot be negative");
    }

    [TestMethod]
    public void The_same_post_twice_in_one_batch_is_rejected_and_nothing_is_written()
    {
        using var crm = SocialCrmFixture.Start().Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.CreateMultiple, Post("1"), Post("2"), Post(" 1 ")));

        StringAssert.Contains(message, "Mention 3 of 3 (X post 1): scrm_externalpostid repeats mention 1 of the batch");
        AssertNothingWritten(crm);
    }

    [TestMethod]
    public void A_failure_after_intake_wrote_a_profile_rolls_the_profile_back_with_the_mention()
    {
        using var crm = SocialCrmFixture.Start().Build();

        // The author's profile is created before the main operation, which then fails on the missing conversation.
        SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.Create, Post("1").By("brand").Outbound(Guid.NewGuid())));

        AssertNothingWritten(crm);
    }

    private static Entity Broken(string problem) => problem switch
    {
        "no post id" => Post("1").Without(MentionTable.ExternalPostId),
        "no author id" => Post("1").Without(MentionTable.AuthorExternalId),
        "no posted on" => Post("1").Without(MentionTable.PostedOn),
        "future" => Post("1").At(SocialCrmFixture.Now.AddHours(1)),
        "unknown platform" => Post("1").Set(MentionTable.Platform, new OptionSetValue(42)),
        "unknown direction" => Post("1").Set(MentionTable.Direction, new OptionSetValue(42)),
        "outbound without conversation" => Post("1").Set(MentionTable.Direction, new OptionSetValue((int)MentionDirection.Outbound)),
        "regarding a contact" => Post("1").Set(MentionTable.Direction, new OptionSetValue((int)MentionDirection.Outbound))
            .Set(MentionTable.Conversation, new EntityReference(StandardTables.Contact.LogicalName, Guid.NewGuid())),
        "negative likes" => Post("1").Engagement(-1),
        "long text" => Post("1").Saying(new string('a', MentionTable.DescriptionLength + 1)),
        "long handle" => Post("1").By("u1", new string('h', MentionTable.AuthorHandleLength + 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such broken mention."),
    };

    private static void AssertNothingWritten(SocialCrmDataverse crm)
    {
        Assert.IsEmpty(crm.Mentions(), "mentions");
        Assert.IsEmpty(crm.Profiles(), "profiles");
        Assert.IsEmpty(crm.Conversations(), "conversations");
        Assert.IsEmpty(crm.Contacts(), "contacts");
    }
}
