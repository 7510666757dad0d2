extern alias worker;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.EndToEnd.Tests.Worker;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;
using Table = SocialCrm.Mentions.MentionTable;
using PostIds = worker::SocialCrm.Integration.Mentions.PostIds;

namespace SocialCrm.EndToEnd.Tests.Replies;

/// <summary>
/// An agent's reply from Dataverse to the network and back: composed through the Web API (scrm_ReplyToConversation, as
/// Power Automate calls it), sent by the worker polling LocalDataverse, recorded as sent with the network's post id, and
/// recognised by that id when the network echoes it. The worker is also stopped dead between the network's acceptance
/// and the CRM update, and the reply still goes out once.
/// </summary>
[TestClass]
public sealed class RepliesThroughTheWorkerTests
{
    private const string CustomerPost = "113400000000000001";
    private const string CustomerAuthor = "customer-1";

    // Bluesky posts are named by their at:// address (lower case, so Dataverse's form of it is the same).
    private const string BlueskyCustomerPost = "at://did:plc:customer2ann/app.bsky.feed.post/3lbqu3n7xyz2b";

    [TestMethod]
    public async Task A_reply_goes_out_once_comes_back_sent_with_the_network_id_and_its_echo_adds_no_mention()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Accounts(mastodon: mastodon));
        var conversation = CustomerWrote(e2e, SocialPlatform.Mastodon);
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "Sorry about that! A new one ships today.");
        var sent = await SentAsync(e2e, replyId);

        var status = mastodon.Statuses.Values.Single();
        Assert.AreEqual(status.Id, sent.GetAttributeValue<string>(Table.ExternalPostId));
        Assert.AreEqual($"https://mastodon.example/@brand/{status.Id}", sent.GetAttributeValue<string>(Table.PostUrl));
        Assert.IsNotNull(sent.GetAttributeValue<DateTime?>(Table.SentOn));
        Assert.AreEqual((CustomerPost, "public", "Sorry about that! A new one ships today."), (status.InReplyToId, status.Visibility, status.Text));

        var mentionsBefore = e2e.Crm.All(Table.LogicalName).Length;
        e2e.Crm.Service.Execute(new UpsertMultipleRequest { Targets = new EntityCollection(new List<Entity> { Echo(SocialPlatform.Mastodon, status.Id, status.Text) }) { EntityName = Table.LogicalName } });

        Assert.AreEqual(mentionsBefore, e2e.Crm.All(Table.LogicalName).Length, "the echo is the reply, not a new mention");
        var afterEcho = e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new Microsoft.Xrm.Sdk.Query.ColumnSet(Table.Direction, Table.SendStatus));
        Assert.AreEqual((int)MentionDirection.Outbound, afterEcho.GetAttributeValue<OptionSetValue>(Table.Direction).Value);
        Assert.AreEqual((int)SendStatus.Sent, afterEcho.GetAttributeValue<OptionSetValue>(Table.SendStatus).Value);
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, false, DisplayName = "X: no idempotency key, the reply is found on the brand's timeline")]
    [DataRow(SocialPlatform.Mastodon, false, DisplayName = "Mastodon: the Idempotency-Key returns the first status")]
    [DataRow(SocialPlatform.Facebook, false, DisplayName = "Facebook comment: no idempotency key, found among the comment's replies by the Page")]
    [DataRow(SocialPlatform.Facebook, true, DisplayName = "Messenger: no idempotency key, found in the Page's conversation with the person")]
    [DataRow(SocialPlatform.Bluesky, false, DisplayName = "Bluesky: the reply's own record key, read back with getRecord")]
    [DataRow(SocialPlatform.Instagram, false, DisplayName = "Instagram comment: no idempotency key, found among the comment's replies by the account")]
    [DataRow(SocialPlatform.Instagram, true, DisplayName = "Instagram Direct: no idempotency key, found in the Page's Instagram conversation with the person")]
    public async Task Killing_the_worker_between_the_networks_acceptance_and_the_CRM_update_never_posts_twice(SocialPlatform platform, bool privately)
    {
        await using var x = await FakeX.StartAsync();
        await using var mastodon = await FakeMastodon.StartAsync();
        await using var meta = await FakeMeta.StartAsync();
        meta.Commentable[CustomerPost] = true;
        await using var bluesky = await FakeBluesky.StartAsync();
        bluesky.Seed(BlueskyCustomerPost, "My order arrived broken.");
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Accounts(x, mastodon, meta, bluesky));
        var conversation = CustomerWrote(e2e, platform, privately);
        if (platform == SocialPlatform.Instagram && privately)
        {
            meta.InstagramScopedIds[CustomerAuthor] = true;
        }

        FakeNetwork network = platform switch { SocialPlatform.X => x, SocialPlatform.Mastodon => mastodon, SocialPlatform.Bluesky => bluesky, _ => meta };
        var killed = new TaskCompletionSource();
        network.AfterAccepting = async () =>
        {
            network.AfterAccepting = null;
            await e2e.KillWorkerAsync();
            killed.SetResult();
        };
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "We are on it.");
        await killed.Task.WaitAsync(WorkerOnLocalDataverse.Patience);
        var between = e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new Microsoft.Xrm.Sdk.Query.ColumnSet(Table.SendStatus));
        Assert.AreEqual((int)SendStatus.Sending, between.GetAttributeValue<OptionSetValue>(Table.SendStatus).Value, "the network has it, the CRM does not know yet");

        await e2e.StartWorkerAsync();
        var sent = await SentAsync(e2e, replyId);

        var posted = platform switch
        {
            SocialPlatform.X => x.Posts.Select(post => post["id"]!.GetValue<string>()).ToList(),
            SocialPlatform.Mastodon => mastodon.Statuses.Keys.ToList(),
            SocialPlatform.Bluesky => bluesky.Created.Select(post => post.Uri).ToList(),
            _ => meta.Comments.Concat(meta.InstagramReplies).Select(comment => comment.Id).Concat(meta.Messages.Select(message => message.Id)).ToList(),
        };
        Assert.HasCount(1, posted, "posted once");
        Assert.AreEqual(PostIds.ForDataverse((worker::SocialCrm.Mentions.SocialPlatform)(int)platform, posted.Single()), sent.GetAttributeValue<string>(Table.ExternalPostId), "written as every id of its network is");
    }

    [TestMethod]
    public async Task An_Instagram_direct_reply_whose_message_id_runs_past_the_id_column_comes_back_sent_under_the_ids_digest()
    {
        await using var meta = await FakeMeta.StartAsync();
        meta.InstagramScopedIds[CustomerAuthor] = true;
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Accounts(meta: meta));
        var conversation = CustomerWrote(e2e, SocialPlatform.Instagram, privately: true);
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "Could you send us your order number?");
        var sent = await SentAsync(e2e, replyId);

        var message = meta.Messages.Single();
        Assert.IsGreaterThan(Table.ExternalIdLength, message.Id.Length, "Instagram's message id is longer than the id column");
        // The key a customer's reply to this message (reply_to.mid) and its edits map to in the webhook reader.
        Assert.AreEqual("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.Id))),
            sent.GetAttributeValue<string>(Table.ExternalPostId));
    }

    [TestMethod]
    public async Task A_Messenger_reply_goes_to_the_person_who_wrote_as_a_response_and_comes_back_sent()
    {
        await using var meta = await FakeMeta.StartAsync();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: Accounts(meta: meta));
        var conversation = CustomerWrote(e2e, SocialPlatform.Facebook, privately: true);
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "Could you send us your order number?");
        var sent = await SentAsync(e2e, replyId);

        var message = meta.Messages.Single();
        Assert.AreEqual((CustomerAuthor, "RESPONSE", "Could you send us your order number?"), (message.RecipientId, message.MessagingType, message.Text));
        Assert.AreEqual(message.Id, sent.GetAttributeValue<string>(Table.ExternalPostId));
        Assert.AreEqual((int)MessageType.PrivateMessage, sent.GetAttributeValue<OptionSetValue>(Table.MessageType).Value);
    }

    [TestMethod]
    public async Task Credentials_Meta_rejects_fail_the_reply_and_status_lists_the_stopped_account_since_when()
    {
        await using var meta = await FakeMeta.StartAsync();
        meta.Commentable[CustomerPost] = true;
        var settings = Accounts(meta: meta);
        settings["Replies:Meta:PageAccessToken"] = "expired-page-token";
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: settings);
        var conversation = CustomerWrote(e2e, SocialPlatform.Facebook);
        var started = DateTime.UtcNow;
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "We are on it.");
        Entity? failed = null;
        await Eventually.TrueAsync(() =>
        {
            failed = e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new Microsoft.Xrm.Sdk.Query.ColumnSet(Table.SendStatus, Table.SendError, Table.SendRetryable));
            return Task.FromResult(failed.GetAttributeValue<OptionSetValue>(Table.SendStatus)?.Value == (int)SendStatus.Failed);
        }, "the worker marks the reply failed", WorkerOnLocalDataverse.Patience);
        await e2e.RunAsync("status");

        StringAssert.StartsWith(failed!.GetAttributeValue<string>(Table.SendError), "credentials rejected: Meta 400 BadRequest: Invalid OAuth access token");
        Assert.IsFalse(failed.GetAttributeValue<bool>(Table.SendRetryable));
        Assert.IsEmpty(meta.Comments);
        // The time the worker stopped, read back, so a run across midnight (UTC) reads the right date.
        var since = System.Text.RegularExpressions.Regex.Match(e2e.CommandOutput, @"Replies to Facebook stopped since (\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ)");
        Assert.IsTrue(since.Success, e2e.CommandOutput);
        var stoppedOn = DateTime.Parse(since.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.IsTrue(stoppedOn >= started.AddSeconds(-1) && stoppedOn <= DateTime.UtcNow, $"stopped since {stoppedOn:u}, the worker ran from {started:u}");
        StringAssert.Contains(e2e.CommandOutput, "[code 190, fbtrace_id AbCdEfGh123]");
    }

    // Issue 13: an update Dataverse refuses for its values used to be retried every round, for ever, with nothing shown.
    // The refusal here is a real one: the network's echo of the reply landed first, so the reply's post id would give
    // the mention table's alternate key (platform + external post id) a duplicate, which Dataverse refuses.
    [TestMethod]
    public async Task A_sent_reply_Dataverse_refuses_to_record_is_posted_once_tried_a_bounded_number_of_times_and_shown_on_the_reply_and_in_status()
    {
        await using var mastodon = await FakeMastodon.StartAsync();
        var settings = Accounts(mastodon: mastodon);
        settings["Replies:MaxRecordAttempts"] = "2";
        var serverLog = new RecordingLoggerProvider();
        await using var e2e = await WorkerOnLocalDataverse.CreateAsync(settings: settings, serverLog: serverLog);
        var conversation = CustomerWrote(e2e, SocialPlatform.Mastodon);
        mastodon.AfterAccepting = () =>
        {
            mastodon.AfterAccepting = null;
            var status = mastodon.Statuses.Values.Single();
            e2e.Crm.Service.Execute(new UpsertMultipleRequest { Targets = new EntityCollection(new List<Entity> { Echo(SocialPlatform.Mastodon, status.Id, status.Text) }) { EntityName = Table.LogicalName } });
            return Task.CompletedTask;
        };
        await e2e.StartWorkerAsync();

        var replyId = await ReplyThroughTheWebApiAsync(e2e, conversation, "We are on it.");
        Entity? reply = null;
        await Eventually.TrueAsync(() =>
        {
            reply = e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
            return Task.FromResult(reply.GetAttributeValue<OptionSetValue>(Table.SendStatus)?.Value == (int)SendStatus.SentNotRecorded);
        }, "the worker records what it could: sent, not recorded", WorkerOnLocalDataverse.Patience);
        var unrecorded = $"Reply {replyId} is on Mastodon as {mastodon.Statuses.Keys.Single()}";
        await Eventually.TrueAsync(async () => await e2e.RunAsync("status") == 0 && e2e.CommandOutput.Contains(unrecorded, StringComparison.Ordinal),
            "status lists the reply Dataverse refused to record", WorkerOnLocalDataverse.Patience);

        var posted = mastodon.Statuses.Values.Single();
        var error = reply!.GetAttributeValue<string>(Table.SendError);
        StringAssert.Contains(error, $"on Mastodon as {posted.Id}");
        StringAssert.Contains(error, "412 PreconditionFailed (0x80040237): A record that has the attribute values scrm_platform, scrm_externalpostid already exists");
        Assert.IsFalse(reply.GetAttributeValue<bool>(Table.SendRetryable), "sending it again would post it twice");
        Assert.IsNotNull(reply.GetAttributeValue<DateTime?>(Table.SentOn));
        Assert.IsNull(reply.GetAttributeValue<string>(Table.ExternalPostId));
        StringAssert.Contains(e2e.CommandOutput, $"Reply {replyId} is on Mastodon as {posted.Id} (https://mastodon.example/@brand/{posted.Id}), but Dataverse refused to record it: 412");

        // Rounds go on (every 100 ms here), across a restart: the reply is neither posted again nor its refused update sent again.
        await e2e.KillWorkerAsync();
        await e2e.StartWorkerAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.HasCount(1, mastodon.Statuses);
        Assert.AreEqual(2, serverLog.Count("Hosting.Diagnostics", message => message.Contains("PATCH", StringComparison.Ordinal) && message.Contains(" - 412 ", StringComparison.Ordinal)),
            "the refused update is tried MaxRecordAttempts times");
    }

    private static Dictionary<string, string?> Accounts(FakeX? x = null, FakeMastodon? mastodon = null, FakeMeta? meta = null, FakeBluesky? bluesky = null)
    {
        var settings = new Dictionary<string, string?>();
        if (x != null)
        {
            settings["Replies:X:ApiBaseUrl"] = x.Url.ToString();
            settings["Replies:X:AccessToken"] = x.AcceptedToken;
            settings["Replies:X:UserId"] = FakeX.BrandUserId;
        }

        if (mastodon != null)
        {
            settings["Replies:Mastodon:InstanceUrl"] = mastodon.Url.ToString();
            settings["Replies:Mastodon:AccessToken"] = mastodon.AcceptedToken;
        }

        if (meta != null)
        {
            settings["Replies:Meta:ApiBaseUrl"] = meta.ApiBaseUrl.ToString();
            settings["Replies:Meta:PageId"] = FakeMeta.PageId;
            settings["Replies:Meta:InstagramAccountId"] = FakeMeta.InstagramAccountId;
            settings["Replies:Meta:PageAccessToken"] = meta.AcceptedToken;
        }

        if (bluesky != null)
        {
            settings["Replies:Bluesky:ServiceUrl"] = bluesky.Url.ToString();
            settings["Replies:Bluesky:Identifier"] = FakeBluesky.Handle;
            settings["Replies:Bluesky:AppPassword"] = FakeBluesky.AppPassword;
        }

        return settings;
    }

    // The customer's post (or direct message, in the thread the webhook reader gives it), as the worker's sink writes it.
    internal static Guid CustomerWrote(WorkerOnLocalDataverse e2e, SocialPlatform platform, bool privately = false)
    {
        var post = new Entity(Table.LogicalName)
        {
            [Table.Platform] = new OptionSetValue((int)platform),
            [Table.ExternalPostId] = platform == SocialPlatform.Bluesky ? BlueskyCustomerPost : CustomerPost,
            [Table.AuthorExternalId] = CustomerAuthor,
            [Table.AuthorHandle] = "ann",
            [Table.Description] = "My order arrived broken.",
            [Table.PostedOn] = WholeSeconds(DateTime.UtcNow.AddMinutes(-30)),
        };
        if (privately)
        {
            post[Table.MessageType] = new OptionSetValue((int)MessageType.PrivateMessage);
            post[Table.ThreadId] = "dm:" + CustomerAuthor;
        }

        e2e.Crm.Service.Create(post);
        return e2e.Crm.Single(Table.LogicalName, Table.ExternalPostId, post.GetAttributeValue<string>(Table.ExternalPostId)).GetAttributeValue<EntityReference>(Table.Conversation).Id;
    }

    internal static async Task<Guid> ReplyThroughTheWebApiAsync(WorkerOnLocalDataverse e2e, Guid conversation, string text)
    {
        using var http = new HttpClient { BaseAddress = e2e.WebApi };
        var body = new Dictionary<string, object>
        {
            [CustomApis.ReplyToConversation.Conversation] = new Dictionary<string, object>
            {
                ["@odata.type"] = "Microsoft.Dynamics.CRM." + ConversationTable.LogicalName,
                [ConversationTable.PrimaryId] = conversation,
            },
            [CustomApis.ReplyToConversation.Text] = text,
        };
        using var response = await http.PostAsJsonAsync(CustomApis.ReplyToConversation.Name, body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.IsTrue(response.IsSuccessStatusCode, json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(CustomApis.ReplyToConversation.Reply).GetProperty(Table.PrimaryId).GetGuid();
    }

    internal static async Task<Entity> SentAsync(WorkerOnLocalDataverse e2e, Guid replyId)
    {
        Entity? reply = null;
        await Eventually.TrueAsync(() =>
        {
            reply = e2e.Crm.Service.Retrieve(Table.LogicalName, replyId, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
            var status = reply.GetAttributeValue<OptionSetValue>(Table.SendStatus)?.Value;
            Assert.AreNotEqual((int)SendStatus.Failed, status, reply.GetAttributeValue<string>(Table.SendError));
            return Task.FromResult(status == (int)SendStatus.Sent);
        }, "the worker sends the reply and records it as sent", WorkerOnLocalDataverse.Patience);
        return reply!;
    }

    // The network delivering the brand's own post back, as its webhooks do.
    private static Entity Echo(SocialPlatform platform, string postId, string text)
    {
        var echo = new Entity(Table.LogicalName)
        {
            [Table.AuthorExternalId] = "brand",
            [Table.Description] = text,
            [Table.PostedOn] = WholeSeconds(DateTime.UtcNow),
            [Table.InReplyToId] = CustomerPost,
        };
        echo.KeyAttributes[Table.Platform] = new OptionSetValue((int)platform);
        echo.KeyAttributes[Table.ExternalPostId] = postId;
        return echo;
    }

    // Dataverse stores date and time to the second.
    private static DateTime WholeSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
