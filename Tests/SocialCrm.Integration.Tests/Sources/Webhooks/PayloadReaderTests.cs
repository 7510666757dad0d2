using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;
using SocialCrm.Integration.Sources;
using SocialCrm.Integration.Sources.Webhooks;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

/// <summary>
/// Meta's and X's published payloads read into mentions (issue 13, defect 6). The X direct message is the Account
/// Activity API's example (developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects);
/// the Meta comment follows the Page feed field reference (developers.facebook.com/docs/graph-api/webhooks/reference/page).
/// </summary>
[TestClass]
public sealed class PayloadReaderTests
{
    private static MentionInput Single(string json, System.Func<JsonElement, System.Collections.Generic.List<SourcedInput>> read)
    {
        using var document = JsonDocument.Parse(json);
        return read(document.RootElement).Single(item => item.Ignored == null).Input!;
    }

    [TestMethod]
    public void X_direct_message_takes_handle_name_followers_and_verified_from_the_deliverys_users_map()
    {
        var message = Single(Samples.Text("x-direct-message.json"), XPayloadReader.Read);

        Assert.AreEqual("954491830116155396", message.ExternalPostId);
        Assert.AreEqual("3001969357", message.AuthorExternalId);
        Assert.AreEqual("furiouscamper", message.AuthorHandle);
        Assert.AreEqual("Jordan Brinks", message.AuthorDisplayName);
        Assert.AreEqual("22", message.AuthorFollowers);
        Assert.AreEqual("false", message.AuthorVerified);
        Assert.AreEqual("Hello World! 你好 👋", message.Text);
        Assert.AreEqual(nameof(MessageType.PrivateMessage), message.MessageType);
    }

    [TestMethod]
    public void X_direct_message_finds_its_sender_in_a_users_map_on_the_event_itself()
    {
        var delivery = JsonNode.Parse(Samples.Text("x-direct-message.json"))!.AsObject();
        var users = delivery["users"]!.DeepClone();
        delivery.Remove("users");
        delivery["direct_message_events"]![0]!.AsObject()["users"] = users;

        var message = Single(delivery.ToJsonString(), XPayloadReader.Read);

        Assert.AreEqual("furiouscamper", message.AuthorHandle);
        Assert.AreEqual("22", message.AuthorFollowers);
    }

    [TestMethod]
    public void X_direct_message_finds_its_sender_in_v2_includes_with_username_and_public_metrics()
    {
        var delivery = JsonNode.Parse(Samples.Text("x-direct-message.json"))!.AsObject();
        delivery.Remove("users");
        delivery["includes"] = JsonNode.Parse("""
            { "users": [ { "id": "3001969357", "name": "Jordan Brinks", "username": "furiouscamper", "verified": true,
                           "public_metrics": { "followers_count": 22, "following_count": 45, "tweet_count": 494 } } ] }
            """);

        var message = Single(delivery.ToJsonString(), XPayloadReader.Read);

        Assert.AreEqual("furiouscamper", message.AuthorHandle);
        Assert.AreEqual("Jordan Brinks", message.AuthorDisplayName);
        Assert.AreEqual("22", message.AuthorFollowers);
        Assert.AreEqual("true", message.AuthorVerified);
    }

    [TestMethod]
    public void Meta_comment_links_to_itself_not_to_the_post_it_is_on()
    {
        var comment = Single("""
            { "object": "page", "entry": [ { "id": "44444444", "time": 1740819600, "changes": [ { "field": "feed", "value": {
              "from": { "id": "3101", "name": "Grace Hopper" },
              "post": { "status_type": "added_photos", "is_published": true, "updated_time": "2025-03-01T09:05:00+0000",
                        "permalink_url": "https://www.facebook.com/44444444/posts/444444444", "promotion_status": "inactive", "id": "44444444_444444444" },
              "message": "Where is my order?", "post_id": "44444444_444444444", "comment_id": "444444444_1234",
              "created_time": 1740819500, "item": "comment", "parent_id": "44444444_444444444", "verb": "add" } } ] } ] }
            """, MetaPayloadReader.Read);

        Assert.AreEqual("444444444_1234", comment.ExternalPostId);
        Assert.AreEqual("https://www.facebook.com/444444444_1234", comment.PostUrl);
        Assert.AreEqual(nameof(MessageType.CommentOrReply), comment.MessageType);
    }

    [TestMethod]
    public void Meta_post_keeps_its_own_permalink()
    {
        var post = Single("""
            { "object": "page", "entry": [ { "id": "44444444", "time": 1740819600, "changes": [ { "field": "feed", "value": {
              "from": { "id": "3101", "name": "Grace Hopper" }, "item": "status", "verb": "add", "post_id": "44444444_555",
              "message": "Visiting your store today", "created_time": 1740819500,
              "post": { "permalink_url": "https://www.facebook.com/44444444/posts/555", "id": "44444444_555" } } } ] } ] }
            """, MetaPayloadReader.Read);

        Assert.AreEqual("https://www.facebook.com/44444444/posts/555", post.PostUrl);
        Assert.AreEqual(nameof(MessageType.PublicPost), post.MessageType);
    }
}
