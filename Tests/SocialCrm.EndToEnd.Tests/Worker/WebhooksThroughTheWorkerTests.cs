using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Signed deliveries posted to the running worker's endpoint, all the way to mentions in Dataverse. The signatures
/// are computed here as each sender documents them, not with the worker's code.
/// </summary>
[TestClass]
public sealed class WebhooksThroughTheWorkerTests
{
    [TestMethod]
    public async Task A_signed_generic_webhook_delivery_ends_as_a_mention_with_its_profile_and_conversation()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var body = $$"""
            {"platform":"x","externalPostId":"x-600","authorExternalId":"u-jo","authorHandle":"@Jo","text":"Great support today","postedOn":"{{MentionFile.PostedAgo(TimeSpan.FromMinutes(2))}}"}
            """;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/generic") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-SocialCrm-Timestamp", timestamp);
        request.Headers.Add("X-SocialCrm-Signature", MetaDelivery.HexSignature(WorkerOnLocalDataverse.GenericSecret, timestamp + "." + body));

        using var response = await rig.Webhooks.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode, await response.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var mention = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "x-600");
        var profile = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-jo");
        Assert.AreEqual("jo", profile.GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual(profile.Id, mention.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
        Assert.IsNotNull(mention.GetAttributeValue<EntityReference>(MentionTable.Conversation));
        Assert.AreEqual((int)SentimentLabel.Positive, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
    }

    [TestMethod]
    public async Task A_Meta_page_comment_signed_with_X_Hub_Signature_256_ends_as_a_facebook_mention_on_its_posts_thread()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();

        // Meta subscribes first: it sends the verify token and expects its challenge back.
        var challenge = await rig.Webhooks.GetStringAsync($"/webhooks/meta?hub.mode=subscribe&hub.verify_token={WorkerOnLocalDataverse.MetaVerifyToken}&hub.challenge=1158201444");
        Assert.AreEqual("1158201444", challenge);

        var createdTime = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds();
        var body = $$$"""
            {"object":"page","entry":[{"id":"900","time":{{{createdTime}}},"changes":[{"field":"feed","value":{
              "item":"comment","verb":"add","post_id":"900_5000","comment_id":"5000_7001","parent_id":"900_5000",
              "from":{"id":"3101","name":"Grace Hopper"},"message":"Still waiting for my parcel.","created_time":{{{createdTime}}}}}]}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", MetaDelivery.HexSignature(WorkerOnLocalDataverse.MetaAppSecret, body));

        using var response = await rig.Webhooks.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var mention = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "5000_7001");
        Assert.AreEqual((int)SocialPlatform.Facebook, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual("Still waiting for my parcel.", mention.GetAttributeValue<string>(MentionTable.Description));
        var profile = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "3101");
        Assert.AreEqual("Grace Hopper", profile.GetAttributeValue<string>(SocialProfileTable.DisplayName));
        Assert.AreEqual(profile.Id, mention.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
        var conversation = rig.Crm.Single(ConversationTable.LogicalName, ConversationTable.PrimaryId, mention.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.AreEqual("900_5000", conversation.GetAttributeValue<string>(ConversationTable.ExternalThreadId), "a comment threads on its page post");
    }

    /// <summary>
    /// Issue #13, defect 1. A Page comment names its author (from.name); a Messenger message from the same person names
    /// only sender.id. Shapes: https://developers.facebook.com/docs/graph-api/webhooks/reference/page (feed) and
    /// https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages (messaging).
    /// </summary>
    [TestMethod]
    public async Task A_Messenger_message_after_a_named_comment_leaves_the_persons_name_on_their_profile()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var commented = DateTimeOffset.UtcNow.AddMinutes(-3).ToUnixTimeSeconds();
        var messaged = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
        var body = $$$"""
            {"object":"page","entry":[
              {"id":"900","time":{{{commented}}},"changes":[{"field":"feed","value":{
                "item":"comment","verb":"add","post_id":"900_5000","comment_id":"5000_7001","parent_id":"900_5000",
                "from":{"id":"3101","name":"Grace Hopper"},"message":"Where is my parcel?","created_time":{{{commented}}}}}]},
              {"id":"900","time":{{{messaged}}},"messaging":[{"sender":{"id":"3101"},"recipient":{"id":"900"},"timestamp":{{{messaged}}},
                "message":{"mid":"m_1457764197618:41d102a3e1ae206a38","text":"Sent you my order number in private 📦"}}]}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", MetaDelivery.HexSignature(WorkerOnLocalDataverse.MetaAppSecret, body));

        using var response = await rig.Webhooks.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var profile = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "3101");
        Assert.AreEqual("Grace Hopper", profile.GetAttributeValue<string>(SocialProfileTable.DisplayName));
        Assert.AreEqual("Grace Hopper on Facebook", profile.GetAttributeValue<string>(SocialProfileTable.PrimaryName));
        Assert.AreEqual(profile.Id, rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "m_1457764197618:41d102a3e1ae206a38")
            .GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
    }

    /// <summary>
    /// Issue #13: an Instagram direct message as the Instagram Messaging webhooks page shows it
    /// (https://developers.facebook.com/documentation/business-messaging/instagram-messaging/webhooks), with a message id
    /// of the length Instagram gives them (about 150 characters, past the 100-character id column): it lands as the
    /// person's private message on Instagram, keyed by the digest of its id.
    /// </summary>
    [TestMethod]
    public async Task An_Instagram_direct_message_with_its_long_message_id_lands_as_a_private_message_in_the_senders_thread()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        const string mid = "aWdfaXRlbToxOklHTWVzc2FnZToxNzg0MTQwMDAwMDAwMDAwMDozNDAyODIzNjY4NDE3MTAzMDEyNDQyNzYwMTcyOTI2NDQzNDEwMzA6MzI1MDM1NzUyODQ0NjQwNTg0OTY5MjE3NzY2OTk3MzYwNjQ";
        var sent = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds();
        var body = $$$"""
            {"object":"instagram","entry":[{"id":"17841400000000000","time":{{{sent}}},"messaging":[
              {"sender":{"id":"1100220033004400"},"recipient":{"id":"17841400000000000"},"timestamp":{{{sent}}},
               "message":{"mid":"{{{mid}}}","text":"Привет! Где мой заказ? 🙏"}}]}]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/meta") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Hub-Signature-256", MetaDelivery.HexSignature(WorkerOnLocalDataverse.MetaAppSecret, body));

        using var response = await rig.Webhooks.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        var mention = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId,
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mid))));
        Assert.AreEqual((int)SocialPlatform.Instagram, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual((int)MessageType.PrivateMessage, mention.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        Assert.AreEqual("Привет! Где мой заказ? 🙏", mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("dm:1100220033004400", mention.GetAttributeValue<string>(MentionTable.ThreadId));
    }

    /// <summary>
    /// The Page hides a comment, then shows it again: feed changes with verb hide and unhide
    /// (https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed). The mention goes "Hidden by page"
    /// and back to open with its text, and the unhide delivered again leaves it so.
    /// </summary>
    [TestMethod]
    public async Task A_comment_the_Page_unhides_reopens_with_its_text()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        var createdTime = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds();
        string Change(string verb, long time) => $$$"""
            {"object":"page","entry":[{"id":"900","time":{{{time}}},"changes":[{"field":"feed","value":{
              "item":"comment","verb":"{{{verb}}}","post_id":"900_5000","comment_id":"5000_7003","parent_id":"900_5000",
              "from":{"id":"3103","name":"Edsger"},"message":"Wrong size again.","created_time":{{{createdTime}}}}}]}]}
            """;
        await MetaDelivery.SendAsync(rig, Change("add", createdTime));
        await rig.WaitUntilQueueIsSettledAsync();

        await MetaDelivery.SendAsync(rig, Change("hide", createdTime + 60));
        await MentionStatusAsync(rig, MentionStatus.HiddenByPage, "the Page's hide marks it hidden");
        await MetaDelivery.SendAsync(rig, Change("unhide", createdTime + 90));
        await MetaDelivery.SendAsync(rig, Change("unhide", createdTime + 90));

        var mention = await MentionStatusAsync(rig, MentionStatus.Open, "the unhide reopens it");
        Assert.AreEqual((int)MentionState.Open, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
        Assert.AreEqual("Wrong size again.", mention.GetAttributeValue<string>(MentionTable.Description));
    }

    private static async Task<Entity> MentionStatusAsync(WorkerOnLocalDataverse rig, MentionStatus status, string what)
    {
        await Eventually.TrueAsync(() => Task.FromResult(rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "5000_7003")
            .GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)status), what, WorkerOnLocalDataverse.Patience);
        return rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "5000_7003");
    }
}
