using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Threading;

[TestClass]
public sealed class ThreadResolverTests
{
    private static readonly DateTime T0 = new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ConversationA = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid ConversationB = new Guid("bbbbbbbb-0000-0000-0000-000000000002");

    private static readonly ThreadResolver Resolver = new ThreadResolver(reopenWindowDays: 7);

    [TestMethod]
    public void First_post_of_a_thread_starts_a_conversation_keyed_by_its_own_id_and_titled_by_its_subject()
    {
        var post = Mention("100", subject: "Where is my parcel?");

        var plan = Resolver.Plan(new[] { post }, NoMentions, NoConversations);

        var decision = plan.Decisions.Single();
        Assert.AreEqual(ThreadingAction.StartNew, decision.Action);
        var conversation = plan.NewConversations.Single();
        Assert.AreSame(conversation, decision.NewConversation);
        Assert.AreEqual(SocialPlatform.X, conversation.Platform);
        Assert.AreEqual("100", conversation.ExternalThreadId);
        Assert.AreEqual("Where is my parcel?", conversation.Title);
        Assert.AreSame(post, conversation.StartedBy);
        Assert.IsNull(conversation.Previous);
        Assert.IsNull(conversation.RetiredThreadId);
    }

    [TestMethod]
    public void Conversation_of_a_post_without_subject_is_titled_by_its_thread()
    {
        var plan = Resolver.Plan(new[] { Mention("100", thread: "99") }, NoMentions, NoConversations);

        Assert.AreEqual("X thread 99", plan.NewConversations.Single().Title);
    }

    [TestMethod]
    public void Long_subject_is_fitted_into_the_conversation_name()
    {
        var subject = string.Join(" ", Enumerable.Repeat("complaint", 40));

        var title = Resolver.Plan(new[] { Mention("100", subject: subject) }, NoMentions, NoConversations).NewConversations.Single().Title;

        Assert.IsLessThanOrEqualTo(ConversationTable.NameLength, title.Length);
        Assert.EndsWith("…", title);
    }

    [TestMethod]
    public void Reply_to_a_stored_post_joins_the_parents_conversation()
    {
        var stored = new KnownMention(SocialPlatform.X, "100", Open(ConversationA, "100"));

        var decision = Resolver.Plan(new[] { Mention("101", replyTo: "100", thread: "100") }, new[] { stored }, NoConversations).Decisions.Single();

        Assert.AreEqual(ThreadingAction.JoinExisting, decision.Action);
        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void Parents_conversation_wins_over_the_thread_id()
    {
        var stored = new KnownMention(SocialPlatform.X, "100", Open(ConversationA, "100"));

        var decision = Resolver.Plan(new[] { Mention("101", replyTo: "100", thread: "55") }, new[] { stored }, new[] { Open(ConversationB, "55") }).Decisions.Single();

        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    [DataRow(true, DisplayName = "reply listed before its parent")]
    [DataRow(false, DisplayName = "parent listed before its reply")]
    public void Reply_and_its_new_parent_in_one_batch_share_the_parents_new_conversation(bool replyFirst)
    {
        var parent = Mention("100", minutes: 0, subject: "Parent");
        var reply = Mention("101", minutes: 1, replyTo: "100", subject: "Reply");
        var batch = replyFirst ? new[] { reply, parent } : new[] { parent, reply };

        var plan = Resolver.Plan(batch, NoMentions, NoConversations);

        var conversation = plan.NewConversations.Single();
        Assert.AreEqual("100", conversation.ExternalThreadId);
        Assert.AreEqual("Parent", conversation.Title);
        Assert.AreEqual(ThreadingAction.StartNew, DecisionOf(plan, parent).Action);
        Assert.AreEqual(ThreadingAction.JoinNew, DecisionOf(plan, reply).Action);
        Assert.AreSame(conversation, DecisionOf(plan, reply).NewConversation);
    }

    [TestMethod]
    public void Reply_listed_before_a_parent_that_replies_to_a_stored_post_joins_the_stored_conversation()
    {
        var stored = new KnownMention(SocialPlatform.X, "100", Open(ConversationA, "100"));
        var grandchild = Mention("102", minutes: 2, replyTo: "101");
        var child = Mention("101", minutes: 1, replyTo: "100");

        var plan = Resolver.Plan(new[] { grandchild, child }, new[] { stored }, NoConversations);

        Assert.IsEmpty(plan.NewConversations);
        Assert.IsTrue(plan.Decisions.All(decision => decision.Action == ThreadingAction.JoinExisting && decision.ConversationId == ConversationA));
    }

    [TestMethod]
    public void Reply_without_thread_id_to_an_unknown_post_starts_a_conversation_its_parent_will_find_by_its_own_id()
    {
        var reply = Mention("101", replyTo: "100");

        var started = Resolver.Plan(new[] { reply }, NoMentions, NoConversations).NewConversations.Single();
        var parent = Resolver.Plan(new[] { Mention("100") }, NoMentions, new[] { Open(ConversationA, started.ExternalThreadId) }).Decisions.Single();

        Assert.AreEqual("100", started.ExternalThreadId);
        Assert.AreEqual(ThreadingAction.JoinExisting, parent.Action);
        Assert.AreEqual(ConversationA, parent.ConversationId);
    }

    [TestMethod]
    public void Mention_of_a_known_thread_joins_its_conversation()
    {
        var decision = Resolver.Plan(new[] { Mention("101", thread: "100") }, NoMentions, new[] { Open(ConversationA, "100") }).Decisions.Single();

        Assert.AreEqual(ThreadingAction.JoinExisting, decision.Action);
        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void Reply_to_an_unknown_post_of_a_known_thread_joins_the_threads_conversation()
    {
        var decision = Resolver.Plan(new[] { Mention("103", replyTo: "102", thread: "100") }, NoMentions, new[] { Open(ConversationA, "100") }).Decisions.Single();

        Assert.AreEqual(ThreadingAction.JoinExisting, decision.Action);
        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void Thread_id_naming_a_stored_post_joins_that_posts_conversation()
    {
        var root = new KnownMention(SocialPlatform.X, "100", Open(ConversationA, "90"));

        var decision = Resolver.Plan(new[] { Mention("105", thread: "100") }, new[] { root }, NoConversations).Decisions.Single();

        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    [DataRow(true, DisplayName = "named as the thread")]
    [DataRow(false, DisplayName = "named as the parent")]
    public void Later_reply_naming_a_post_that_started_its_own_thread_joins_it(bool asThread)
    {
        var first = Resolver.Plan(new[] { Mention("100") }, NoMentions, NoConversations).NewConversations.Single();
        var stored = Open(ConversationA, first.ExternalThreadId);
        var reply = asThread ? Mention("101", minutes: 60, thread: "100") : Mention("101", minutes: 60, replyTo: "100");

        var decision = Resolver.Plan(new[] { reply }, new[] { new KnownMention(SocialPlatform.X, "100", stored) }, new[] { stored }).Decisions.Single();

        Assert.AreEqual(ThreadingAction.JoinExisting, decision.Action);
        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void Mentions_of_one_batch_with_the_same_new_thread_share_one_conversation_started_by_the_earliest()
    {
        var later = Mention("102", minutes: 5, thread: "100", subject: "Later");
        var earlier = Mention("101", minutes: 1, thread: "100", subject: "Earlier");
        var other = Mention("201", minutes: 2, thread: "200", subject: "Other thread");

        var plan = Resolver.Plan(new[] { later, earlier, other }, NoMentions, NoConversations);

        Assert.HasCount(2, plan.NewConversations);
        var shared = DecisionOf(plan, earlier).NewConversation!;
        Assert.AreSame(shared, DecisionOf(plan, later).NewConversation);
        Assert.AreEqual(ThreadingAction.StartNew, DecisionOf(plan, earlier).Action);
        Assert.AreEqual(ThreadingAction.JoinNew, DecisionOf(plan, later).Action);
        Assert.AreEqual("Earlier", shared.Title);
        Assert.AreSame(earlier, shared.StartedBy);
        Assert.AreNotSame(shared, DecisionOf(plan, other).NewConversation);
    }

    [TestMethod]
    public void Decisions_follow_the_order_of_the_batch()
    {
        var batch = new[] { Mention("3", minutes: 3), Mention("1", minutes: 1), Mention("2", minutes: 2) };

        var plan = Resolver.Plan(batch, NoMentions, NoConversations);

        CollectionAssert.AreEqual(batch, plan.Decisions.Select(decision => decision.Mention).ToArray());
    }

    [TestMethod]
    [DataRow(0, DisplayName = "the moment it closed")]
    [DataRow(-3600, DisplayName = "posted before it closed, arriving late")]
    [DataRow(86400, DisplayName = "a day later")]
    [DataRow(7 * 86400, DisplayName = "exactly at the window")]
    public void Mention_within_the_reopen_window_reopens_the_closed_conversation(int secondsAfterClosing)
    {
        var closed = Closed(ConversationA, "100", closedOn: T0);
        var mention = Mention("101", thread: "100", postedOn: T0.AddSeconds(secondsAfterClosing));

        var plan = Resolver.Plan(new[] { mention }, NoMentions, new[] { closed });

        var decision = plan.Decisions.Single();
        Assert.AreEqual(ThreadingAction.Reopen, decision.Action);
        Assert.AreEqual(ConversationA, decision.ConversationId);
        Assert.AreSame(closed, plan.ReopenedConversations.Single());
        Assert.IsEmpty(plan.NewConversations);
    }

    [TestMethod]
    [DataRow(7 * 86400 + 1, DisplayName = "a second past the window")]
    [DataRow(30 * 86400, DisplayName = "a month later")]
    public void Mention_past_the_reopen_window_starts_a_new_conversation_linked_to_the_closed_one(int secondsAfterClosing)
    {
        var closed = Closed(ConversationA, "100", closedOn: T0);
        var mention = Mention("101", thread: "100", subject: "Again", postedOn: T0.AddSeconds(secondsAfterClosing));

        var plan = Resolver.Plan(new[] { mention }, NoMentions, new[] { closed });

        var decision = plan.Decisions.Single();
        Assert.AreEqual(ThreadingAction.StartNew, decision.Action);
        var conversation = decision.NewConversation!;
        Assert.AreEqual("100", conversation.ExternalThreadId);
        Assert.AreSame(closed, conversation.Previous);
        Assert.AreEqual("100~aaaaaaaa000000000000000000000001", conversation.RetiredThreadId);
        Assert.IsEmpty(plan.ReopenedConversations);
    }

    [TestMethod]
    public void Closed_conversation_without_a_closing_time_is_not_reopened()
    {
        var closed = Closed(ConversationA, "100", closedOn: null);

        var decision = Resolver.Plan(new[] { Mention("101", thread: "100") }, NoMentions, new[] { closed }).Decisions.Single();

        Assert.AreEqual(ThreadingAction.StartNew, decision.Action);
        Assert.AreSame(closed, decision.NewConversation!.Previous);
    }

    [TestMethod]
    [DataRow(0, true, DisplayName = "at the moment it closed: reopens")]
    [DataRow(1, false, DisplayName = "a second later: new conversation")]
    public void Zero_day_window_reopens_only_what_was_posted_by_the_time_it_closed(int secondsAfterClosing, bool reopens)
    {
        var resolver = new ThreadResolver(reopenWindowDays: 0);

        var decision = resolver.Plan(new[] { Mention("101", thread: "100", postedOn: T0.AddSeconds(secondsAfterClosing)) }, NoMentions,
            new[] { Closed(ConversationA, "100", closedOn: T0) }).Decisions.Single();

        Assert.AreEqual(reopens ? ThreadingAction.Reopen : ThreadingAction.StartNew, decision.Action);
    }

    [TestMethod]
    public void Closed_conversation_reopened_by_one_mention_of_a_batch_is_joined_by_the_others()
    {
        var closed = Closed(ConversationA, "100", closedOn: T0);
        var inside = Mention("101", thread: "100", postedOn: T0.AddDays(2));
        var laterStill = Mention("102", thread: "100", postedOn: T0.AddDays(9));

        var plan = Resolver.Plan(new[] { laterStill, inside }, NoMentions, new[] { closed });

        Assert.AreEqual(ThreadingAction.Reopen, DecisionOf(plan, inside).Action);
        Assert.AreEqual(ThreadingAction.JoinExisting, DecisionOf(plan, laterStill).Action);
        Assert.AreEqual(ConversationA, DecisionOf(plan, laterStill).ConversationId);
        Assert.HasCount(1, plan.ReopenedConversations);
    }

    [TestMethod]
    public void Mentions_past_the_window_share_the_one_new_conversation_that_follows_the_closed_one()
    {
        var closed = Closed(ConversationA, "100", closedOn: T0);
        var byThread = Mention("101", thread: "100", postedOn: T0.AddDays(10));
        var byParent = Mention("102", replyTo: "90", postedOn: T0.AddDays(11));

        var plan = Resolver.Plan(new[] { byThread, byParent }, new[] { new KnownMention(SocialPlatform.X, "90", closed) }, new[] { closed });

        var conversation = plan.NewConversations.Single();
        Assert.AreEqual(ThreadingAction.StartNew, DecisionOf(plan, byThread).Action);
        Assert.AreEqual(ThreadingAction.JoinNew, DecisionOf(plan, byParent).Action);
        Assert.AreSame(conversation, DecisionOf(plan, byParent).NewConversation);
        Assert.AreSame(closed, conversation.Previous);
    }

    [TestMethod]
    public void Late_reply_to_a_post_of_a_retired_conversation_joins_the_conversation_of_the_original_thread()
    {
        var retired = Closed(ConversationA, "100~" + ConversationA.ToString("N"), closedOn: T0);
        var live = Open(ConversationB, "100");
        var late = Mention("103", replyTo: "90", postedOn: T0.AddDays(12));

        var plan = Resolver.Plan(new[] { late }, new[] { new KnownMention(SocialPlatform.X, "90", retired) }, new[] { live });

        Assert.AreEqual(ThreadingAction.JoinExisting, plan.Decisions.Single().Action);
        Assert.AreEqual(ConversationB, plan.Decisions.Single().ConversationId);
        Assert.IsEmpty(plan.NewConversations);
    }

    [TestMethod]
    public void Late_reply_within_the_reopen_window_of_a_retired_conversation_joins_the_conversation_holding_its_thread_instead_of_reopening_it()
    {
        var retired = Closed(ConversationA, "100~" + ConversationA.ToString("N"), closedOn: T0);
        var live = Open(ConversationB, "100");
        var late = Mention("103", replyTo: "90", postedOn: T0.AddDays(3));

        var plan = Resolver.Plan(new[] { late }, new[] { new KnownMention(SocialPlatform.X, "90", retired) }, new[] { live });

        Assert.AreEqual(ThreadingAction.JoinExisting, plan.Decisions.Single().Action);
        Assert.AreEqual(ConversationB, plan.Decisions.Single().ConversationId);
        Assert.IsEmpty(plan.ReopenedConversations);
        Assert.IsEmpty(plan.NewConversations);
    }

    [TestMethod]
    public void Late_reply_to_a_post_of_a_retired_conversation_with_no_live_one_starts_the_original_thread_again_without_retiring_twice()
    {
        var retired = Closed(ConversationA, "100~" + ConversationA.ToString("N"), closedOn: T0);
        var late = Mention("103", replyTo: "90", postedOn: T0.AddDays(12));

        var plan = Resolver.Plan(new[] { late }, new[] { new KnownMention(SocialPlatform.X, "90", retired) }, NoConversations);

        var conversation = plan.NewConversations.Single();
        Assert.AreEqual("100", conversation.ExternalThreadId);
        Assert.AreSame(retired, conversation.Previous);
        Assert.IsNull(conversation.RetiredThreadId);
    }

    [TestMethod]
    public void Open_conversation_wins_when_the_store_returns_several_for_one_thread()
    {
        var conversations = new[] { Open(ConversationB, "100"), Closed(ConversationA, "100", T0) };

        var decision = Resolver.Plan(new[] { Mention("101", thread: "100") }, NoMentions, conversations).Decisions.Single();

        Assert.AreEqual(ConversationB, decision.ConversationId);
    }

    [TestMethod]
    public void Mention_posted_in_an_explicit_conversation_joins_it_whatever_its_thread_says()
    {
        var outbound = new ThreadingMention(SocialPlatform.X, "500", T0, threadId: "100", inReplyToId: "100",
            direction: MentionDirection.Outbound, conversationId: ConversationB);

        var decision = Resolver.Plan(new[] { outbound }, new[] { new KnownMention(SocialPlatform.X, "100", Open(ConversationA, "100")) },
            new[] { Open(ConversationA, "100") }).Decisions.Single();

        Assert.AreEqual(ThreadingAction.JoinExisting, decision.Action);
        Assert.AreEqual(ConversationB, decision.ConversationId);
    }

    [TestMethod]
    public void Reply_cycle_in_a_batch_does_not_loop_and_lands_in_one_conversation()
    {
        var a = Mention("A", minutes: 0, replyTo: "B");
        var b = Mention("B", minutes: 1, replyTo: "A");

        var plan = Resolver.Plan(new[] { a, b }, NoMentions, NoConversations);

        var conversation = plan.NewConversations.Single();
        Assert.AreSame(conversation, DecisionOf(plan, a).NewConversation);
        Assert.AreSame(conversation, DecisionOf(plan, b).NewConversation);
    }

    [TestMethod]
    public void Same_ids_on_different_networks_are_different_threads()
    {
        var onX = Mention("100");
        var onFacebook = Mention("100", platform: SocialPlatform.Facebook);

        var plan = Resolver.Plan(new[] { onX, onFacebook }, NoMentions, new[] { Open(ConversationA, "100", SocialPlatform.Instagram) });

        Assert.HasCount(2, plan.NewConversations);
        Assert.AreEqual(SocialPlatform.Facebook, DecisionOf(plan, onFacebook).NewConversation!.Platform);
    }

    [TestMethod]
    public void A_reply_to_an_id_that_differs_only_in_case_is_not_threaded_into_that_posts_conversation()
    {
        // YouTube comment ids are case-sensitive: UgxAbC and ugxabc are two comments (issue 13, defect 7). The store,
        // under Dataverse's case-insensitive collation, may hand back the other one; threading must not take it.
        var stored = new KnownMention(SocialPlatform.YouTube, "UgxAbC", Open(ConversationA, "UgxAbC", SocialPlatform.YouTube));

        var decision = Resolver.Plan(new[] { Mention("reply", replyTo: "ugxabc", platform: SocialPlatform.YouTube) }, new[] { stored }, NoConversations).Decisions.Single();

        Assert.AreNotEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void A_reply_to_the_exact_id_is_threaded_into_that_posts_conversation()
    {
        var stored = new KnownMention(SocialPlatform.YouTube, "UgxAbC", Open(ConversationA, "UgxAbC", SocialPlatform.YouTube));

        var decision = Resolver.Plan(new[] { Mention("reply", replyTo: "UgxAbC", platform: SocialPlatform.YouTube) }, new[] { stored }, NoConversations).Decisions.Single();

        Assert.AreEqual(ConversationA, decision.ConversationId);
    }

    [TestMethod]
    public void Retired_thread_id_of_a_long_thread_fits_the_column()
    {
        var closed = Closed(ConversationA, new string('9', ConversationTable.ExternalThreadIdLength), closedOn: T0);

        var conversation = Resolver.Plan(new[] { Mention("1", thread: closed.ExternalThreadId, postedOn: T0.AddDays(30)) }, NoMentions, new[] { closed })
            .NewConversations.Single();

        Assert.AreEqual(ConversationTable.ExternalThreadIdLength, conversation.RetiredThreadId!.Length);
        Assert.EndsWith("~" + ConversationA.ToString("N"), conversation.RetiredThreadId);
    }

    [TestMethod]
    public void Negative_reopen_window_is_refused()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new ThreadResolver(-1));
    }

    private static KnownMention[] NoMentions => Array.Empty<KnownMention>();

    private static KnownConversation[] NoConversations => Array.Empty<KnownConversation>();

    private static ThreadingDecision DecisionOf(ThreadingPlan plan, ThreadingMention mention) =>
        plan.Decisions.Single(decision => ReferenceEquals(decision.Mention, mention));

    private static ThreadingMention Mention(
        string postId,
        int minutes = 0,
        string? thread = null,
        string? replyTo = null,
        string? subject = null,
        SocialPlatform platform = SocialPlatform.X,
        DateTime? postedOn = null) =>
        new ThreadingMention(platform, postId, postedOn ?? T0.AddMinutes(minutes), thread, replyTo, subject: subject);

    private static KnownConversation Open(Guid id, string thread, SocialPlatform platform = SocialPlatform.X) =>
        new KnownConversation(id, platform, thread, ConversationState.Open);

    private static KnownConversation Closed(Guid id, string thread, DateTime? closedOn) =>
        new KnownConversation(id, SocialPlatform.X, thread, ConversationState.Closed, closedOn);
}
