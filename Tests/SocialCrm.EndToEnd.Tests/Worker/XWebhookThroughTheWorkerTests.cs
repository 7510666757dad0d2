using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// X's Account Activity webhook on the running worker: the challenge-response check and signed deliveries, all the way
/// to mentions in Dataverse. The signatures are computed here as X documents them, not with the worker's code.
/// https://docs.x.com/x-api/webhooks/quickstart
/// </summary>
[TestClass]
public sealed class XWebhookThroughTheWorkerTests
{
    private const string ConsumerSecret = "x-consumer-secret";

    [TestMethod]
    public async Task The_CRC_check_answers_the_base64_HMAC_of_the_crc_token_keyed_with_the_consumer_secret()
    {
        await using var rig = await StartAsync();

        using var answer = JsonDocument.Parse(await rig.Webhooks.GetStringAsync("/webhooks/x?crc_token=Zm9vYmFy-crc"));

        Assert.AreEqual(Base64Signature(ConsumerSecret, "Zm9vYmFy-crc"), answer.RootElement.GetProperty("response_token").GetString());
    }

    [TestMethod]
    public async Task A_signed_tweet_delivery_ends_as_X_mentions_with_their_profile_and_one_conversation()
    {
        await using var rig = await StartAsync();
        var body = Delivery(
            Tweet("1790000000000000001", null, "@SocialCrmCo my parcel never arrived"),
            Tweet("1790000000000000002", "1790000000000000001", "Still nothing, three weeks now"));

        using var response = await PostAsync(rig, body, Base64Signature(ConsumerSecret, body));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var first = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000001");
        var reply = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000002");
        Assert.AreEqual((int)SocialPlatform.X, first.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual("@SocialCrmCo my parcel never arrived", first.GetAttributeValue<string>(MentionTable.Description));
        var profile = rig.Crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "6253282");
        Assert.AreEqual("ada_l", profile.GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual("Ada Lovelace", profile.GetAttributeValue<string>(SocialProfileTable.DisplayName));
        Assert.AreEqual(profile.Id, first.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);
        var conversation = first.GetAttributeValue<EntityReference>(MentionTable.Conversation);
        Assert.IsNotNull(conversation);
        Assert.AreEqual(conversation.Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, "a reply joins its parent's conversation");
    }

    [TestMethod]
    public async Task A_delivery_signed_with_another_secret_gets_401_and_writes_nothing()
    {
        await using var rig = await StartAsync();
        var forged = Delivery(Tweet("1790000000000000099", null, "Forged complaint"));

        using var refused = await PostAsync(rig, forged, Base64Signature("not-the-consumer-secret", forged));

        Assert.AreEqual(HttpStatusCode.Unauthorized, refused.StatusCode);

        // A genuine delivery after it: once that one has landed, the forged one would have too, had it been queued.
        var genuine = Delivery(Tweet("1790000000000000100", null, "Genuine complaint"));
        using var accepted = await PostAsync(rig, genuine, Base64Signature(ConsumerSecret, genuine));
        Assert.AreEqual(HttpStatusCode.OK, accepted.StatusCode, await accepted.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var mentions = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.Platform, ConditionOperator.Equal, (int)SocialPlatform.X));
        Assert.HasCount(1, mentions);
        Assert.AreEqual("1790000000000000100", mentions[0].GetAttributeValue<string>(MentionTable.ExternalPostId));
        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters, "a refused delivery is not even dead-lettered");
    }

    /// <summary>
    /// Issue #13, defect 2. tweet_delete_events as X's Account Activity data objects give them
    /// (https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects); X's
    /// developer terms require deleting a post deleted on X.
    /// </summary>
    [TestMethod]
    public async Task A_deleted_tweet_stays_on_the_timeline_as_deleted_by_author_with_its_text_erased()
    {
        await using var rig = await StartAsync();
        var body = Delivery(Tweet("1790000000000000201", null, "@SocialCrmCo my parcel never arrived"));
        using var posted = await PostAsync(rig, body, Base64Signature(ConsumerSecret, body));
        await rig.WaitUntilQueueIsSettledAsync();

        var delete = DeleteDelivery("1790000000000000201");
        using var deleted = await PostAsync(rig, delete, Base64Signature(ConsumerSecret, delete));

        Assert.AreEqual(HttpStatusCode.OK, deleted.StatusCode, await deleted.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => Task.FromResult(
                rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000201")
                    .GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor),
            "the mention is marked deleted by its author", WorkerOnLocalDataverse.Patience);
        var mention = rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000201");
        Assert.AreEqual((int)MentionState.Canceled, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("Deleted by author", mention.GetAttributeValue<string>(MentionTable.Subject));
    }

    [TestMethod]
    public async Task A_tweet_whose_delete_arrived_first_never_becomes_a_mention()
    {
        await using var rig = await StartAsync();
        var delete = DeleteDelivery("1790000000000000301");
        using var deleted = await PostAsync(rig, delete, Base64Signature(ConsumerSecret, delete));

        var late = Delivery(Tweet("1790000000000000301", null, "Posted, then deleted"), Tweet("1790000000000000302", null, "Still here"));
        using var posted = await PostAsync(rig, late, Base64Signature(ConsumerSecret, late));

        Assert.AreEqual(HttpStatusCode.OK, posted.StatusCode, await posted.Content.ReadAsStringAsync());
        await rig.WaitUntilQueueIsSettledAsync();
        var mentions = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.Platform, ConditionOperator.Equal, (int)SocialPlatform.X));
        CollectionAssert.AreEqual(new[] { "1790000000000000302" }, mentions.Select(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId)).ToList());
    }

    /// <summary>
    /// Issue #13: X gives an edit a new post id and names the original in edit_history.initial_tweet_id
    /// (https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/edit-tweets); the Account Activity API delivers it as
    /// another tweet_create_events item. It must change the original's mention, not add a second one.
    /// </summary>
    [TestMethod]
    public async Task An_edited_tweet_changes_the_text_of_its_original_mention_and_never_becomes_a_second_one()
    {
        await using var rig = await StartAsync();
        var original = Delivery(Edited(Tweet("1790000000000000401", null, "@SocialCrmCo 주문한 우산이 아직 안 왔어요 ☔"), "1790000000000000401"));
        using var posted = await PostAsync(rig, original, Base64Signature(ConsumerSecret, original));
        await rig.WaitUntilQueueIsSettledAsync();

        var edit = Delivery(Edited(Tweet("1790000000000000402", null, "@SocialCrmCo 주문한 우산이 아직 안 왔어요 ☔ 주문번호 4471 😞"),
            "1790000000000000401", "1790000000000000402"));
        using var edited = await PostAsync(rig, edit, Base64Signature(ConsumerSecret, edit));
        using var again = await PostAsync(rig, edit, Base64Signature(ConsumerSecret, edit));

        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode, await again.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => Task.FromResult(
                rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000401")
                    .GetAttributeValue<string>(MentionTable.Description) == "@SocialCrmCo 주문한 우산이 아직 안 왔어요 ☔ 주문번호 4471 😞"),
            "the original's mention takes the edited text", WorkerOnLocalDataverse.Patience);
        await rig.WaitUntilQueueIsSettledAsync();
        var mentions = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.Platform, ConditionOperator.Equal, (int)SocialPlatform.X));
        CollectionAssert.AreEqual(new[] { "1790000000000000401" }, mentions.Select(m => m.GetAttributeValue<string>(MentionTable.ExternalPostId)).ToList());
    }

    /// <summary>
    /// Issue #13: X deletes a post's whole edit chain with any one of its versions ("Deleting any version deletes the
    /// entire chain", https://docs.x.com/x-api/fundamentals/edit-posts), and tweet_delete_events names the version
    /// deleted. A delete naming the later version must erase the original's mention, which holds the edited text.
    /// </summary>
    [TestMethod]
    public async Task A_delete_naming_an_edited_tweets_later_version_erases_the_original_mention_once()
    {
        await using var rig = await StartAsync();
        var posts = Delivery(Edited(Tweet("1790000000000000501", null, "@SocialCrmCo the umbrella has not come"), "1790000000000000501"),
            Edited(Tweet("1790000000000000502", null, "@SocialCrmCo the umbrella has not come, order 4471"), "1790000000000000501", "1790000000000000502"));
        using var posted = await PostAsync(rig, posts, Base64Signature(ConsumerSecret, posts));
        await Eventually.TrueAsync(() => Task.FromResult(
                rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.ExternalPostId, ConditionOperator.Equal, "1790000000000000501"))
                    .SingleOrDefault()?.GetAttributeValue<string>(MentionTable.Description) == "@SocialCrmCo the umbrella has not come, order 4471"),
            "the original's mention takes the edited text", WorkerOnLocalDataverse.Patience);

        var delete = DeleteDelivery("1790000000000000502");
        using var deleted = await PostAsync(rig, delete, Base64Signature(ConsumerSecret, delete));
        using var again = await PostAsync(rig, delete, Base64Signature(ConsumerSecret, delete));

        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode, await again.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => Task.FromResult(
                rig.Crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "1790000000000000501")
                    .GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor),
            "the original's mention is marked deleted by its author", WorkerOnLocalDataverse.Patience);
        var mentions = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.Platform, ConditionOperator.Equal, (int)SocialPlatform.X));
        var mention = mentions.Single();
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description), "the edited text is erased too");
        Assert.AreEqual("Deleted by author", mention.GetAttributeValue<string>(MentionTable.Subject));
    }

    private static async Task<WorkerOnLocalDataverse> StartAsync()
    {
        var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Webhooks:X:ConsumerSecret"] = ConsumerSecret,
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        await rig.StartWorkerAsync();
        return rig;
    }

    private static async Task<HttpResponseMessage> PostAsync(WorkerOnLocalDataverse rig, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/x") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Twitter-Webhooks-Signature", signature);
        return await rig.Webhooks.SendAsync(request);
    }

    /// <summary>An Account Activity delivery to the subscribed account (id 2244994945) of the given tweet_create_events.</summary>
    private static string Delivery(params string[] tweets) =>
        $$"""{"for_user_id":"2244994945","tweet_create_events":[{{string.Join(",", tweets)}}]}""";

    /// <summary>An Account Activity delivery of one tweet_delete_events item: the tweet Ada deleted.</summary>
    private static string DeleteDelivery(string id) =>
        $$"""{"for_user_id":"2244994945","tweet_delete_events":[{"status":{"id":"{{id}}","user_id":"6253282"},"timestamp_ms":"{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}"}]}""";

    /// <summary>A tweet by Ada (not the subscribed account) two minutes ago, its created_at in X's own format.</summary>
    private static string Tweet(string id, string? inReplyTo, string text)
    {
        var createdAt = DateTimeOffset.UtcNow.AddMinutes(-2).ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", CultureInfo.InvariantCulture);
        var replyTo = inReplyTo == null ? "null" : $"\"{inReplyTo}\"";
        return $$$"""
            {"created_at":"{{{createdAt}}}","id_str":"{{{id}}}","text":"{{{text}}}","lang":"en","in_reply_to_status_id_str":{{{replyTo}}},
             "user":{"id_str":"6253282","name":"Ada Lovelace","screen_name":"ada_l","followers_count":120,"verified":false}}
            """;
    }

    /// <summary>The tweet with the edit metadata X adds to every post: edit_history naming its original and its versions.</summary>
    private static string Edited(string tweet, string initialId, params string[] laterIds)
    {
        var versions = string.Join(",", new[] { initialId }.Concat(laterIds).Select(id => "\"" + id + "\""));
        return $$"""{"edit_history":{"initial_tweet_id":"{{initialId}}","edit_tweet_ids":[{{versions}}]},""" + tweet.TrimStart()[1..];
    }

    /// <summary>"sha256=" and the base64 HMAC-SHA256 of the message: X's CRC response_token and X-Twitter-Webhooks-Signature.</summary>
    private static string Base64Signature(string secret, string message) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
}
