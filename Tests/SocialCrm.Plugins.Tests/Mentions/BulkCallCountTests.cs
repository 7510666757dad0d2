using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Mentions;

/// <summary>
/// A batch costs the plug-ins a constant number of queries, whatever its size. Writes are one per row that is created
/// or changes (profile, conversation, contact, case), never one per mention, and each row is written once per batch
/// (intake writes its figures and its escalation with it). Dataverse advises against the batch
/// messages (ExecuteMultiple, ExecuteTransaction, CreateMultiple, UpdateMultiple, UpsertMultiple) inside plug-ins, so
/// rows are written one request each.
/// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#not-supported-for-use-in-plug-ins
/// </summary>
[TestClass]
public sealed class BulkCallCountTests
{
    private const string Furious = "This is the worst service ever. Absolutely terrible!";

    [TestMethod]
    public void A_batch_of_1000_mentions_costs_the_plug_ins_as_many_calls_as_a_batch_of_10_from_the_same_authors_and_threads()
    {
        var ten = PluginCalls(Batch(10, authors: 5, threads: 5));
        var thousand = PluginCalls(Batch(1000, authors: 5, threads: 5));

        CollectionAssert.AreEqual(ten, thousand, $"10: {string.Join(", ", ten)}; 1000: {string.Join(", ", thousand)}");
    }

    [TestMethod]
    public void Queries_stay_constant_and_each_new_profile_and_conversation_is_written_once_with_its_figures()
    {
        var ten = PluginCalls(Batch(10, authors: 10, threads: 10));
        var thousand = PluginCalls(Batch(1000, authors: 1000, threads: 1000));

        Assert.AreEqual(Count(ten, "RetrieveMultiple"), Count(thousand, "RetrieveMultiple"));
        CollectionAssert.AreEqual(new[] { "Create scrm_conversation: 1000", "Create scrm_socialprofile: 1000" }, Writes(thousand), string.Join(", ", thousand));
    }

    [TestMethod]
    public void A_batch_from_known_authors_in_known_threads_writes_each_profile_and_conversation_once()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Batch(100, authors: 20, threads: 50));
        crm.Calls.Clear();

        crm.Send(WriteMessage.UpsertMultiple, Batch(1000, authors: 20, threads: 50, firstPost: 100));

        var calls = Tally(crm);
        CollectionAssert.AreEqual(new[] { "Update scrm_conversation: 50", "Update scrm_socialprofile: 20" }, Writes(calls), string.Join(", ", calls));
    }

    [TestMethod]
    public void A_batch_joining_known_threads_reads_their_conversations_once_and_adds_to_their_figures()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Batch(100, authors: 20, threads: 50));
        crm.Calls.Clear();

        crm.Send(WriteMessage.UpsertMultiple, Batch(100, authors: 20, threads: 50, firstPost: 100));

        // Threading reads the batch's threads with their figures; writing them reads none of them again.
        CollectionAssert.Contains(Tally(crm), "RetrieveMultiple scrm_conversation: 1", string.Join(", ", Tally(crm)));
        Assert.IsTrue(crm.Conversations().All(conversation => conversation.GetAttributeValue<int>(ConversationTable.MentionCount) == 4));
    }

    [TestMethod]
    public void A_known_authors_profile_still_shows_the_figures_a_batch_left_unchanged_after_its_one_update()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var first = SocialCrmFixture.Now.AddMinutes(-10);
        var second = SocialCrmFixture.Now.AddMinutes(-5);
        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann").Followers(500).Saying("Worst service").Set(MentionTable.SentimentScore, -0.8m).Engagement(3).At(first));
        var before = crm.Profile("u1");
        crm.Calls.Clear();

        // Another language and no likes: a mention more, but no score, no engagement and the same followers, so the
        // scored count, the average, the engagement and the influence stay as they are and the update leaves them out.
        crm.Send(WriteMessage.UpsertMultiple, Post("2").By("u1", "ann").Followers(500).Saying("El servicio fue terrible, nunca más").At(second));

        var after = crm.Profile("u1");
        CollectionAssert.AreEqual(new[] { "Update scrm_socialprofile: 1" }, Writes(Tally(crm)).Where(call => call.Contains("socialprofile")).ToArray());
        Assert.AreEqual(2, after.GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(1, after.GetAttributeValue<int>(SocialProfileTable.ScoredMentionCount));
        Assert.AreEqual(-0.8m, after.GetAttributeValue<decimal>(SocialProfileTable.AverageSentiment));
        Assert.AreEqual(3, after.GetAttributeValue<int>(SocialProfileTable.TotalEngagement));
        Assert.AreEqual(before.GetAttributeValue<int>(SocialProfileTable.InfluenceScore), after.GetAttributeValue<int>(SocialProfileTable.InfluenceScore));
        Assert.IsTrue(after.GetAttributeValue<int>(SocialProfileTable.InfluenceScore) > 0, "500 followers give some influence");
        Assert.AreEqual(second, after.GetAttributeValue<System.DateTime>(SocialProfileTable.LastMentionOn));
    }

    [TestMethod]
    public void A_conversation_the_batch_escalates_is_written_once_with_its_figures_and_its_escalation()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SaveRule(new Entity(EscalationRuleTable.LogicalName)
        {
            [EscalationRuleTable.PrimaryName] = "Negative",
            [EscalationRuleTable.Order] = 10,
            [EscalationRuleTable.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [EscalationRuleTable.Priority] = new OptionSetValue((int)ConversationPriority.Normal),
            [EscalationRuleTable.SentimentAtOrBelow] = -0.5m,
        });
        crm.Calls.Clear();

        // Nobody has a contact and no fallback account is set: each conversation records an escalation not carried out.
        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1").Saying(Furious), Post("2").By("u2").InThread("1").Saying(Furious), Post("3").By("u3").Saying(Furious));
        var created = Tally(crm);
        crm.Calls.Clear();
        crm.Send(WriteMessage.UpsertMultiple, Post("4").By("u1").InThread("1").Saying(Furious));
        var joined = Tally(crm);

        CollectionAssert.AreEqual(new[] { "Create scrm_conversation: 2", "Create scrm_socialprofile: 3" }, Writes(created), string.Join(", ", created));
        CollectionAssert.AreEqual(new[] { "Update scrm_conversation: 1", "Update scrm_socialprofile: 1" }, Writes(joined), string.Join(", ", joined));
        foreach (var conversation in crm.Conversations())
        {
            Assert.AreEqual((int)EscalationOutcome.NotCarriedOut, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.EscalationOutcome).Value);
            Assert.AreEqual((int)ConversationPriority.High, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.Priority).Value);
        }

        Assert.AreEqual(3, crm.ConversationOf("4").GetAttributeValue<int>(ConversationTable.MentionCount));
    }

    [TestMethod]
    public void An_UpdateMultiple_of_1000_edits_queries_as_often_as_one_of_10_and_writes_each_affected_conversation_and_profile_once()
    {
        var ten = EditCalls(10);
        var thousand = EditCalls(1000);

        Assert.AreEqual(Count(ten, "RetrieveMultiple"), Count(thousand, "RetrieveMultiple"));
        CollectionAssert.AreEqual(new[] { "Update scrm_conversation: 50", "Update scrm_socialprofile: 20" }, Writes(thousand), string.Join(", ", thousand));
    }

    // Every mention of a batch from 20 authors in 50 threads edited into words that score differently, in one UpdateMultiple.
    private static List<string> EditCalls(int size)
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Batch(size, authors: 20, threads: 50));
        var edits = crm.Mentions().Select(mention => new Entity(MentionTable.LogicalName, mention.Id)
        {
            [MentionTable.Description] = "Love it, great service!",
            [MentionTable.Subject] = "Love it, great service!",
        }).ToList();
        crm.Calls.Clear();

        crm.Service.Execute(new UpdateMultipleRequest { Targets = new EntityCollection(edits) { EntityName = MentionTable.LogicalName } });

        return Tally(crm);
    }

    // Each mention n is by author n % authors in thread n % threads, with a handle and an e-mail address so that every
    // identity lookup runs.
    private static Entity[] Batch(int size, int authors, int threads, int firstPost = 0) =>
        Enumerable.Range(0, size)
            .Select(n => Post("p" + (firstPost + n).ToString(CultureInfo.InvariantCulture))
                .By("u" + (n % authors).ToString(CultureInfo.InvariantCulture), "user" + (n % authors).ToString(CultureInfo.InvariantCulture))
                .Email("user" + (n % authors).ToString(CultureInfo.InvariantCulture) + "@example.com")
                .InThread("t" + (n % threads).ToString(CultureInfo.InvariantCulture))
                .At(SocialCrmFixture.Now.AddSeconds(-1 - n))
                .Build())
            .ToArray();

    /// <summary>"Message table: count" for every kind of request the plug-ins sent, sorted.</summary>
    private static List<string> PluginCalls(Entity[] batch)
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, batch);
        return Tally(crm);
    }

    private static List<string> Tally(SocialCrmDataverse crm) =>
        crm.Calls.Calls.Where(call => call.FromPlugin)
            .GroupBy(call => call.MessageName + " " + call.PrimaryEntity)
            .Select(group => group.Key + ": " + group.Count().ToString(CultureInfo.InvariantCulture))
            .OrderBy(call => call, System.StringComparer.Ordinal)
            .ToList();

    private static string[] Writes(List<string> calls) =>
        calls.Where(call => call.StartsWith("Create ", System.StringComparison.Ordinal) || call.StartsWith("Update ", System.StringComparison.Ordinal)).ToArray();

    private static string Count(List<string> calls, string message) =>
        string.Join(", ", calls.Where(call => call.StartsWith(message + " ", System.StringComparison.Ordinal)));
}
