using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using static SocialCrm.EndToEnd.Tests.Worker.MentionFile;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// `socialcrm import` into the worker's queue, then the worker's sink writing to LocalDataverse's Web API with
/// UpsertMultiple, where the imported plug-ins do the rest.
/// </summary>
[TestClass]
public sealed class ImportThroughTheWorkerTests
{
    [TestMethod]
    public async Task Imported_mentions_wait_on_disk_then_land_with_profiles_threaded_conversations_and_sentiment()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        var file = WriteJsonLines(rig.Folder, "mentions.jsonl",
            new { platform = "x", externalPostId = "x-100", authorExternalId = "u-ada", authorHandle = "@Ada_Lovelace", authorDisplayName = "Ada Lovelace",
                text = "Great support today, thanks!", postedOn = PostedAgo(TimeSpan.FromMinutes(10)) },
            new { platform = "x", externalPostId = "x-101", inReplyToId = "x-100", authorExternalId = "u-bob", authorHandle = "@bob",
                text = "This is the worst service ever.", postedOn = PostedAgo(TimeSpan.FromMinutes(5)) },
            new { platform = "facebook", externalPostId = "fb-200", authorExternalId = "u-carol", authorDisplayName = "Carol",
                text = "Where is my parcel?", postedOn = PostedAgo(TimeSpan.FromMinutes(8)) });

        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);
        Assert.AreEqual(3, (await rig.QueueStatusAsync()).Pending, "the import queued every mention on disk, with no worker running");
        Assert.IsEmpty(rig.Crm.All(MentionTable.LogicalName));

        await rig.StartWorkerAsync();
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        Assert.AreEqual(1, rig.Crm.Dataverse.Calls.Calls.Count(c => c.MessageName == "UpsertMultiple" && !c.FromPlugin), "the sink wrote the batch with UpsertMultiple");
        var post = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "x-100");
        var reply = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "x-101");
        var elsewhere = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "fb-200");

        Assert.HasCount(3, rig.Crm.All(SocialProfileTable.LogicalName), "one profile per author and network");
        var ada = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-ada");
        Assert.AreEqual("ada_lovelace", ada.GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual((int)SocialPlatform.X, ada.GetAttributeValue<OptionSetValue>(SocialProfileTable.Platform).Value);
        Assert.AreEqual(1, ada.GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(ada.Id, post.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
        var carol = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-carol");
        Assert.AreEqual((int)SocialPlatform.Facebook, carol.GetAttributeValue<OptionSetValue>(SocialProfileTable.Platform).Value);
        Assert.AreEqual(carol.Id, elsewhere.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);

        var thread = post.GetAttributeValue<EntityReference>(MentionTable.Conversation);
        Assert.AreEqual(thread.Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, "a reply joins its parent's conversation");
        Assert.AreNotEqual(thread.Id, elsewhere.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.HasCount(2, rig.Crm.All(ConversationTable.LogicalName));
        Assert.AreEqual(2, rig.Crm.Single(ConversationTable.LogicalName, ConversationTable.PrimaryId, thread.Id).GetAttributeValue<int>(ConversationTable.MentionCount));

        Assert.AreEqual((int)SentimentLabel.Positive, post.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.IsGreaterThan(0m, post.GetAttributeValue<decimal>(MentionTable.SentimentScore));
        Assert.AreEqual((int)SentimentLabel.Negative, reply.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.IsLessThan(0m, reply.GetAttributeValue<decimal>(MentionTable.SentimentScore));
    }

    [TestMethod]
    public async Task Every_field_of_an_imported_mention_lands_in_its_column()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var postedOn = DateTimeOffset.UtcNow.AddMinutes(-7);
        const string text = "Line one 📦 «quoted» \"double\"\nline two\tend";
        var file = WriteJsonLines(rig.Folder, "full.jsonl", new
        {
            platform = "linkedin", externalPostId = "li-800", threadId = "li-thread-1", inReplyToId = "li-799", messageType = "private message",
            authorExternalId = "u-lee", authorHandle = "@Lee.Example", authorDisplayName = "Lee Example", authorEmail = "Lee@Example.com",
            authorFollowers = 1234, authorVerified = true, text, postUrl = "https://www.linkedin.com/feed/update/urn:li:activity:800/?x=1&y=2",
            postedOn = postedOn.ToString("o", CultureInfo.InvariantCulture), language = "en-GB", likes = 3, shares = 4, replies = 5,
        });

        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        var mention = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "li-800");
        Assert.AreEqual((int)SocialPlatform.LinkedIn, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual((int)MentionDirection.Inbound, mention.GetAttributeValue<OptionSetValue>(MentionTable.Direction).Value);
        Assert.AreEqual("li-thread-1", mention.GetAttributeValue<string>(MentionTable.ThreadId));
        Assert.AreEqual("li-799", mention.GetAttributeValue<string>(MentionTable.InReplyToId));
        Assert.AreEqual((int)MessageType.PrivateMessage, mention.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        Assert.AreEqual("u-lee", mention.GetAttributeValue<string>(MentionTable.AuthorExternalId));
        Assert.AreEqual("lee.example", mention.GetAttributeValue<string>(MentionTable.AuthorHandle));
        Assert.AreEqual("Lee Example", mention.GetAttributeValue<string>(MentionTable.AuthorDisplayName));
        Assert.AreEqual("lee@example.com", mention.GetAttributeValue<string>(MentionTable.AuthorEmail));
        Assert.AreEqual(1234, mention.GetAttributeValue<int>(MentionTable.AuthorFollowers));
        Assert.IsTrue(mention.GetAttributeValue<bool>(MentionTable.AuthorVerified));
        Assert.AreEqual(text, mention.GetAttributeValue<string>(MentionTable.Description), "non-ASCII, quotes, line breaks and tabs survive the JSON on the wire");
        Assert.AreEqual("https://www.linkedin.com/feed/update/urn:li:activity:800/?x=1&y=2", mention.GetAttributeValue<string>(MentionTable.PostUrl));
        Assert.AreEqual("en-GB", mention.GetAttributeValue<string>(MentionTable.Language));
        Assert.AreEqual(3, mention.GetAttributeValue<int>(MentionTable.Likes));
        Assert.AreEqual(4, mention.GetAttributeValue<int>(MentionTable.Shares));
        Assert.AreEqual(5, mention.GetAttributeValue<int>(MentionTable.Replies));

        // The worker sends whole seconds in UTC, and Dataverse answers date-times in UTC.
        var wholeSeconds = postedOn.UtcDateTime.AddTicks(-(postedOn.UtcTicks % TimeSpan.TicksPerSecond));
        Assert.AreEqual(wholeSeconds, mention.GetAttributeValue<DateTime>(MentionTable.PostedOn));
    }

    [TestMethod]
    public async Task A_full_batch_of_long_mentions_lands_in_one_UpsertMultiple_request()
    {
        // A hundred mentions of 15,000 characters make a body of about 1.5 MB: Dataverse takes a single request of up to
        // 128 MB (https://learn.microsoft.com/power-apps/developer/data-platform/file-attributes), so the sink's default
        // batch goes in one request and is not split.
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        var text = string.Concat(Enumerable.Repeat("Great support today. ", 750));
        var ids = Enumerable.Range(0, 100).Select(n => $"long-{n}").ToArray();
        var file = WriteJsonLines(rig.Folder, "long.jsonl", ids.Select(id => (object)new
        {
            platform = "x", externalPostId = id, authorExternalId = "u-max", text, postedOn = PostedAgo(TimeSpan.FromMinutes(3)),
        }).ToArray());
        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);

        await rig.StartWorkerAsync();
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        Assert.HasCount(100, rig.Crm.All(MentionTable.LogicalName));
        Assert.AreEqual(1, rig.Crm.Dataverse.Calls.Calls.Count(c => c.MessageName == "UpsertMultiple" && !c.FromPlugin),
            "one request for the batch: none refused and halved");
    }

    [TestMethod]
    public async Task Posts_delivered_again_stay_one_mention_each_with_rollups_counted_once_and_engagement_refreshed()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var first = PostedAgo(TimeSpan.FromMinutes(30));
        var second = PostedAgo(TimeSpan.FromMinutes(20));
        object[] Posts(int likes) =>
        [
            new { platform = "x", externalPostId = "x-300", authorExternalId = "u-dan", text = "Great support today", postedOn = first, likes },
            new { platform = "x", externalPostId = "x-301", inReplyToId = "x-300", authorExternalId = "u-fay", text = "Thanks, all sorted now", postedOn = second, likes },
            // Keys a URL path or an OData string literal would take apart: feed entry ids are often URLs, and ids may hold quotes.
            new { platform = "blog", externalPostId = "https://blog.example/2025/03/launch?comment=7#c7", authorExternalId = "eve", text = "Nice write-up", postedOn = first, likes },
            new { platform = "x", externalPostId = "dan's/302", authorExternalId = "u-dan", text = "Still happy", postedOn = second, likes },
        ];

        Assert.AreEqual(0, await rig.RunAsync("import", WriteJsonLines(rig.Folder, "first.jsonl", Posts(likes: 1))), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();
        Assert.AreEqual(0, await rig.RunAsync("import", WriteJsonLines(rig.Folder, "again.jsonl", Posts(likes: 9))), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        var mentions = rig.Crm.All(MentionTable.LogicalName);
        CollectionAssert.AreEquivalent(
            new[] { "x-300", "x-301", "https://blog.example/2025/03/launch?comment=7#c7", "dan's/302" },
            mentions.Select(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId)).ToArray(),
            "one mention per platform and post id");
        Assert.IsTrue(mentions.All(m => m.GetAttributeValue<int>(MentionTable.Likes) == 9), "the second delivery reached Dataverse and refreshed engagement");

        Assert.AreEqual(2, rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-dan").GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.AreEqual(1, rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-fay").GetAttributeValue<int>(SocialProfileTable.MentionCount));
        var conversations = rig.Crm.All(ConversationTable.LogicalName);
        Assert.HasCount(3, conversations, "the thread of x-300, the blog comment's and dan's second post's");
        var thread = mentions.Single(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId) == "x-300").GetAttributeValue<EntityReference>(MentionTable.Conversation);
        Assert.AreEqual(2, conversations.Single(c => c.Id == thread.Id).GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual(4, conversations.Sum(c => c.GetAttributeValue<int>(ConversationTable.MentionCount)));
    }

    /// <summary>Issue #14, defect 7: Dataverse's alternate key ignores case, so two YouTube videos whose ids differ only in
    /// case were one record and the second text was thrown away.</summary>
    [TestMethod]
    public async Task YouTube_comments_whose_ids_differ_only_in_case_land_as_two_mentions_each_with_its_own_text()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var file = WriteJsonLines(rig.Folder, "youtube.jsonl",
            new { platform = "youtube", externalPostId = "UgxAbCdEf", authorExternalId = "u-ana", text = "First comment", postedOn = PostedAgo(TimeSpan.FromMinutes(9)) },
            new { platform = "youtube", externalPostId = "Ugxabcdef", authorExternalId = "u-ben", text = "Another comment", postedOn = PostedAgo(TimeSpan.FromMinutes(8)) },
            new { platform = "youtube", externalPostId = "UgxReply1", inReplyToId = "UgxAbCdEf", authorExternalId = "u-cy", text = "A reply to the first",
                postedOn = PostedAgo(TimeSpan.FromMinutes(7)) });

        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();

        var mentions = rig.Crm.All(MentionTable.LogicalName);
        Assert.HasCount(3, mentions);
        CollectionAssert.AreEquivalent(new[] { "First comment", "Another comment", "A reply to the first" },
            mentions.Select(m => m.GetAttributeValue<string>(MentionTable.Description)).ToArray());
        var first = mentions.Single(m => m.GetAttributeValue<string>(MentionTable.Description) == "First comment");
        var reply = mentions.Single(m => m.GetAttributeValue<string>(MentionTable.Description) == "A reply to the first");
        Assert.AreEqual(first.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id,
            "the reply joins the conversation of the post it answers, not of its lower-case twin");
    }

    /// <summary>Issue #13, defect 7: an id that fits the 100-character id column as YouTube sent it, but whose case-keeping
    /// form (each capital written as '^' and its small letter) does not, was refused with its reply.</summary>
    [TestMethod]
    public async Task A_comment_whose_case_keeping_id_outgrows_the_id_column_lands_once_with_its_reply_and_apart_from_its_lower_case_twin()
    {
        var id = string.Concat(Enumerable.Repeat("Ab", 20)) + string.Concat(Enumerable.Repeat("x7_-q", 9)) + "abcdz";
        Assert.AreEqual(90, id.Length);
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        object[] lines =
        [
            new { platform = "youtube", externalPostId = id, authorExternalId = "u-ana", text = "The long one", postedOn = PostedAgo(TimeSpan.FromMinutes(9)) },
            new { platform = "youtube", externalPostId = id.ToLowerInvariant(), authorExternalId = "u-ben", text = "Its lower-case twin",
                postedOn = PostedAgo(TimeSpan.FromMinutes(8)) },
            new { platform = "youtube", externalPostId = "UgxReply2", inReplyToId = id, threadId = id, authorExternalId = "u-cy", text = "A reply to the long one",
                postedOn = PostedAgo(TimeSpan.FromMinutes(7)) },
        ];
        var file = WriteJsonLines(rig.Folder, "youtube.jsonl", lines);

        Assert.AreEqual(0, await rig.RunAsync("import", file), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();
        Assert.AreEqual(0, await rig.RunAsync("import", WriteJsonLines(rig.Folder, "again.jsonl", lines)), rig.CommandOutput);
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters, "Dataverse took every row");
        var mentions = rig.Crm.All(MentionTable.LogicalName);
        Assert.HasCount(3, mentions, "one row each, the second delivery changed nothing");
        Assert.IsTrue(mentions.All(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId).Length <= MentionTable.ExternalIdLength));
        var first = mentions.Single(m => m.GetAttributeValue<string>(MentionTable.Description) == "The long one");
        var reply = mentions.Single(m => m.GetAttributeValue<string>(MentionTable.Description) == "A reply to the long one");
        Assert.AreEqual(first.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id,
            "the reply joins the conversation of the post it answers");
        Assert.AreEqual(first.GetAttributeValue<string>(MentionTable.ExternalPostId), reply.GetAttributeValue<string>(MentionTable.InReplyToId),
            "the reply names its parent by the parent's written id");
    }
}
