using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Domain.Intake;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>
/// The application layer composed from in-memory stores, as a plug-in composes it from Dataverse ones: the same
/// orchestration, tested without a pipeline (the LocalDataverse tests run it through the solution's steps).
/// </summary>
[TestClass]
public sealed class InMemoryApplicationTests
{
    private static readonly DateTime Now = IncomingMentionBuilder.Now;
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.CreateDefault());

    [TestMethod]
    public void A_first_post_creates_its_authors_profile_and_a_new_conversation_and_is_scored_on_its_cleaned_text()
    {
        var stores = new InMemoryStores();

        var result = new MentionIntake(stores.All, new SocialCrmSettings(), Scorer, Now)
            .Prepare(new[] { new IncomingMentionBuilder { Text = "  My order never arrived!  " }.Build() }).Single();

        var profile = stores.Profiles.Single("44196397");
        Assert.AreEqual(profile.Id, result.AuthorProfileId);
        Assert.AreEqual("jane", profile.Identity.Handle);
        var conversation = stores.Conversations.Rows[result.ConversationId];
        Assert.AreEqual(profile.Id, conversation.OriginatingProfileId);
        Assert.AreEqual("My order never arrived!", result.Mention.Text);
        Assert.AreEqual(Scorer.Score("My order never arrived!").Score, result.Sentiment.Score);
    }

    [TestMethod]
    public void A_reply_to_a_stored_post_joins_that_posts_conversation()
    {
        var stores = new InMemoryStores();
        var conversationId = Guid.NewGuid();
        var known = new KnownConversation(conversationId, SocialPlatform.X, "100", ConversationState.Open);
        stores.Conversations.Rows[conversationId] = new StoredConversation(conversationId, SocialPlatform.X, "100", "Order", null, null,
            ConversationFigures.Empty, null, null, false);
        stores.Mentions.Rows.Add(new KnownMention(SocialPlatform.X, "100", known));

        var result = new MentionIntake(stores.All, new SocialCrmSettings(), Scorer, Now)
            .Prepare(new[] { new IncomingMentionBuilder { ExternalPostId = "101", InReplyToId = "100" }.Build() }).Single();

        Assert.AreEqual(conversationId, result.ConversationId);
        Assert.HasCount(1, stores.Conversations.Rows);
    }

    [TestMethod]
    public void Fifty_mentions_of_ten_authors_look_profiles_up_in_a_constant_number_of_queries()
    {
        var stores = new InMemoryStores();
        var batch = Enumerable.Range(0, 50).Select(n => new IncomingMentionBuilder
        {
            ExternalPostId = "post-" + n,
            AuthorExternalId = "author-" + n % 10,
            AuthorHandle = "@author" + n % 10,
            PostedOn = Now.AddMinutes(-60 + n),
        }.Build()).ToList();

        var results = new MentionIntake(stores.All, new SocialCrmSettings(), Scorer, Now).Prepare(batch);

        Assert.HasCount(50, results);
        Assert.HasCount(10, stores.Profiles.Rows);
        Assert.AreEqual(2, stores.Profiles.Queries, "profiles by key and linked profiles by handle, once each");
    }

    [TestMethod]
    public void An_invalid_mention_rejects_the_batch_before_any_store_is_written()
    {
        var stores = new InMemoryStores();
        var batch = new[] { new IncomingMentionBuilder().Build(), new IncomingMentionBuilder { ExternalPostId = "2", PostedOn = Now.AddHours(1) }.Build() };

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(
            () => new MentionIntake(stores.All, new SocialCrmSettings(), Scorer, Now).Prepare(batch));

        StringAssert.Contains(error.Message, "Mention 2 of 2 (X post 2): scrm_postedon is in the future");
        Assert.IsEmpty(stores.Profiles.Rows);
        Assert.IsEmpty(stores.Conversations.Rows);
    }

    [TestMethod]
    public void Escalation_on_request_keeps_a_conversations_open_case_instead_of_opening_another()
    {
        var stores = new InMemoryStores();
        var conversationId = Guid.NewGuid();
        var openCase = Guid.NewGuid();
        stores.Conversations.Rows[conversationId] = new StoredConversation(conversationId, SocialPlatform.X, "100", "Order", null, Guid.NewGuid(),
            ConversationFigures.Empty, null, openCase, caseIsOpen: true);

        var escalated = new ConversationEscalationRequest(stores.All, new SocialCrmSettings(), Now).Escalate(conversationId, "Customer called");

        Assert.AreEqual(openCase, escalated.CaseId);
        Assert.IsFalse(escalated.Created);
        Assert.IsEmpty(stores.Cases.Opened);
    }

    [TestMethod]
    public void Escalation_on_request_without_a_customer_is_refused_naming_the_fallback_variable()
    {
        var stores = new InMemoryStores();
        var conversationId = Guid.NewGuid();
        stores.Conversations.Rows[conversationId] = new StoredConversation(conversationId, SocialPlatform.X, "100", "Order", null, null,
            ConversationFigures.Empty, null, null, false);

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(
            () => new ConversationEscalationRequest(stores.All, new SocialCrmSettings(), Now).Escalate(conversationId, null));

        StringAssert.Contains(error.Message, EnvironmentVariables.FallbackCaseAccountId);
        Assert.IsEmpty(stores.Cases.Opened);
    }

    [TestMethod]
    public void Linking_a_profile_by_hand_moves_its_open_conversations_to_the_contact()
    {
        var stores = new InMemoryStores();
        var intake = new MentionIntake(stores.All, new SocialCrmSettings(), Scorer, Now)
            .Prepare(new[] { new IncomingMentionBuilder().Build() }).Single();
        var contact = stores.Contacts.Add("jane@example.com");

        var moved = new ProfileLinking(stores.All).Link(intake.AuthorProfileId, contact);

        Assert.AreEqual(1, moved);
        Assert.AreEqual(contact, stores.Conversations.Rows[intake.ConversationId].ContactId);
        Assert.AreEqual(LinkMethod.Manual, stores.Profiles.Rows[intake.AuthorProfileId].Identity.LinkMethod);
    }
}
