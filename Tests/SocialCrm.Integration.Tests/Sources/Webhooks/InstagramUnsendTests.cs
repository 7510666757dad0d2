using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Removals;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sources.Webhooks;

/// <summary>
/// Issue #13: Instagram's unsend, read receipts and reactions. instagram-unsend-seen-reaction.json takes back the
/// message of instagram-direct-messages.json ("Привет! Где мой заказ? 🙏"): the messages field sends the message again
/// with its mid and is_deleted, the messaging_seen field a read with the mid of the message seen, and message_reactions
/// a reaction with mid, action, reaction and emoji, as Meta's Instagram Messaging webhooks page shows them
/// (https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook: messages, messaging_seen,
/// message_reactions; the reaction's fields also at https://developers.facebook.com/docs/graph-api/webhooks/reference/page,
/// MessengerReactionsField). Meta's example writes is_deleted as the string "true"; deliveries carry the boolean
/// (https://github.com/restfb/restfb/issues/1183), so both are read.
/// </summary>
[TestClass]
public sealed class InstagramUnsendTests
{
    private const string UnsentMid = "aWdfaXRlbToxOklHTWVzc2FnZToxNzg0MTQwMDAwMDAwMDAwMDozNDAyODIzNjY4NDE3MTAzMDEyNDQyNzYwMTcyOTI2NDQzNDEwMzA6MzI1MDM1NzUyODQ0NjQwNTg0OTY5MjE3NzY2OTk3MzYwNjQ";

    private static readonly MentionRemoval Unsent = new(SocialPlatform.Instagram,
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(UnsentMid))), MentionStatus.DeletedByAuthor);

    [TestMethod]
    public async Task An_unsent_message_is_its_authors_delete_and_a_read_receipt_and_a_reaction_are_counted_never_mentions()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("instagram-unsend-seen-reaction.json");

        var first = await server.DeliverMetaAsync(body);
        var again = await server.DeliverMetaAsync(body);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode);
        var removal = (await server.Removals.DueAsync(10, CancellationToken.None)).Single();
        Assert.AreEqual(Unsent, removal, "the removal names the message's mention by the same key as the message");
        Assert.IsTrue(removal.ErasesContent);
        Assert.AreEqual(0, (await server.Queue.StatusAsync(10, CancellationToken.None)).Pending);
        Assert.AreEqual(2, server.Log.Messages.Count(m => m ==
            "webhook:meta delivery: 0 queued, 1 removals, 0 edits, 0 dead-lettered, ignored: messaging reaction 1, messaging read 1."));
    }

    [TestMethod]
    public async Task An_unsend_that_comes_before_its_message_keeps_the_message_out_however_often_it_is_delivered()
    {
        await using var server = await WebhookServer.StartAsync();
        await server.DeliverMetaAsync(Samples.Text("instagram-unsend-seen-reaction.json"));

        await server.DeliverMetaAsync(Samples.Text("instagram-direct-messages.json"));
        await server.DeliverMetaAsync(Samples.Text("instagram-direct-messages.json"));

        Assert.AreEqual(0, (await server.Queue.StatusAsync(10, CancellationToken.None)).Pending, "the unsent message never becomes a mention");
        Assert.AreEqual(Unsent, (await server.Removals.DueAsync(10, CancellationToken.None)).Single());
    }

    [TestMethod]
    public async Task The_accounts_own_unsent_reply_is_counted_and_deletes_nothing()
    {
        await using var server = await WebhookServer.StartAsync();
        var body = Samples.Text("instagram-unsend-seen-reaction.json")
            .Replace("\"is_deleted\": true", "\"is_deleted\": \"true\", \"is_echo\": true", StringComparison.Ordinal);

        await server.DeliverMetaAsync(body);

        Assert.IsEmpty(await server.Removals.DueAsync(10, CancellationToken.None));
        Assert.IsTrue(server.Log.Messages.Any(m => m.Contains("own message unsend 1", StringComparison.Ordinal)));
    }
}
