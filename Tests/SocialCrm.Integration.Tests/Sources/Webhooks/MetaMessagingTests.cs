using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

/// <summary>
/// Issue #13: private messages and their non-post events on Messenger and Instagram. meta-messenger-messages.json: a
/// person's message (messages event:
/// https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages), their read receipt
/// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/message-reads),
/// a delivery receipt
/// (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/message-deliveries)
/// and the echo of the Page's own message (message_echoes, is_echo). instagram-direct-messages.json: a customer's
/// message and the echo of the account's own, as the Instagram Messaging webhooks page shows them
/// (https://developers.facebook.com/documentation/business-messaging/instagram-messaging/webhooks: "is_echo flag will be
/// present to indicate that the message is sent from the Instagram account itself"). Messenger sends no typing events
/// to a Page (none is in its list of webhook fields:
/// https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events).
/// </summary>
[TestClass]
public sealed class MetaMessagingTests
{
    [TestMethod]
    public async Task A_Messenger_message_is_one_private_message_of_its_sender_and_reads_deliveries_and_echoes_are_none()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("meta-messenger-messages.json");

        var first = await server.DeliverMetaAsync(body);
        var again = await server.DeliverMetaAsync(body);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        var message = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual(SocialPlatform.Facebook, message.Platform);
        Assert.AreEqual("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P", message.ExternalPostId,
            "a mid keeps its case");
        Assert.AreEqual(MessageType.PrivateMessage, message.MessageType);
        Assert.AreEqual("dm:3104", message.ThreadId);
        Assert.AreEqual("3104", message.Author.ExternalId);
        Assert.AreEqual("مرحبا، طلبي رقم 4471 لم يصل بعد 📦😟", message.Text);
        Assert.AreEqual(DateTimeOffset.FromUnixTimeSeconds(1740819900), message.PostedOn);
        Assert.AreEqual(2, server.Log.Messages.Count(m => m ==
            "webhook:meta delivery: 1 queued, 0 removals, 0 edits, 0 dead-lettered, ignored: messaging delivery 1, messaging message 1, messaging read 1."));
    }

    /// <summary>Instagram's message ids run to about 150–160 characters (base64 of "ig_item:1:IGMessage:…"), past the
    /// 100-character id columns: every Instagram direct message used to be dead-lettered for its id's length.</summary>
    [TestMethod]
    public async Task An_Instagram_direct_message_with_its_long_message_id_is_one_private_message_on_Instagram_and_the_accounts_own_echo_is_none()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("instagram-direct-messages.json");
        const string mid = "aWdfaXRlbToxOklHTWVzc2FnZToxNzg0MTQwMDAwMDAwMDAwMDozNDAyODIzNjY4NDE3MTAzMDEyNDQyNzYwMTcyOTI2NDQzNDEwMzA6MzI1MDM1NzUyODQ0NjQwNTg0OTY5MjE3NzY2OTk3MzYwNjQ";

        await server.DeliverMetaAsync(body);
        await server.DeliverMetaAsync(body);

        var message = (await server.Queue.ReceiveAsync(10, CancellationToken.None)).Single().Mention;
        Assert.AreEqual(SocialPlatform.Instagram, message.Platform);
        Assert.AreEqual("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mid))), message.ExternalPostId,
            "a digest of the exact id: it fits the column and tells apart ids that differ only in case");
        Assert.AreEqual(MessageType.PrivateMessage, message.MessageType);
        Assert.AreEqual("dm:1100220033004400", message.ThreadId);
        Assert.AreEqual("Привет! Где мой заказ? 🙏", message.Text);
        Assert.AreEqual(2, server.Log.Messages.Count(m => m ==
            "webhook:meta delivery: 1 queued, 0 removals, 0 edits, 0 dead-lettered, ignored: messaging message 1."));
    }
}
