using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Issue #13: a person takes back an Instagram direct message. Instagram sends the message again with its mid and
/// is_deleted, and reads as messaging_seen with the mid seen
/// (https://developers.facebook.com/docs/messenger-platform/instagram/features/webhook): the mention stays on the
/// timeline as deleted by its author with its text erased, and an unsend that comes first keeps the message out.
/// </summary>
[TestClass]
public sealed class InstagramUnsendThroughTheWorkerTests
{
    private const string Account = "17841400000000000";
    private const string Customer = "1100220033004400";
    private const string Mid = "aWdfaXRlbToxOklHTWVzc2FnZToxNzg0MTQwMDAwMDAwMDAwMDozNDAyODIzNjY4NDE3MTAzMDEyNDQyNzYwMTcyOTI2NDQzNDEwMzA6MzI1MDM1NzUyODQ0NjQwNTg0OTY5MjE3NzY2OTk3MzYwNjQ";
    private const string LaterMid = "aWdfaXRlbToxOklHTWVzc2FnZToxNzg0MTQwMDAwMDAwMDAwMDozNDAyODIzNjY4NDE3MTAzMDEyNDQyNzYwMTcyOTI2NDQzNDEwMzA6MzI1MDM1NzUyODQ0NjQwNTg0OTY5MjE3NzY2OTk3MzYwNjY";
    private static readonly long Sent = DateTimeOffset.UtcNow.AddMinutes(-3).ToUnixTimeMilliseconds();

    [TestMethod]
    public async Task An_unsent_direct_message_stays_on_the_timeline_deleted_by_its_author_with_its_text_erased()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();
        await MetaDelivery.SendAsync(rig, Delivery(Message(Mid, "Привет! Где мой заказ? 🙏")));
        await StoredMention.EventuallyAsync(rig, KeyOf(Mid), _ => true, "the message lands");

        var unsend = Delivery(Unsend(Mid), Seen(Mid));
        await MetaDelivery.SendAsync(rig, unsend);
        await MetaDelivery.SendAsync(rig, unsend);

        var mention = await StoredMention.EventuallyAsync(rig, KeyOf(Mid),
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the unsend is applied");
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description));
        Assert.AreEqual("Deleted by author", mention.GetAttributeValue<string>(MentionTable.Subject));
        Assert.AreEqual((int)MessageType.PrivateMessage, mention.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
    }

    /// <summary>The unsent message comes late, in one delivery with a later message: once the later one is stored, the
    /// delivery has been taken in whole, so the unsent one is seen as it stays.</summary>
    [TestMethod]
    public async Task A_message_whose_unsend_came_first_never_becomes_a_mention()
    {
        await using var rig = await WorkerOnLocalDataverse.CreateAsync();
        await rig.StartWorkerAsync();

        await MetaDelivery.SendAsync(rig, Delivery(Unsend(Mid)));
        await MetaDelivery.SendAsync(rig, Delivery(Message(Mid, "Привет! Где мой заказ? 🙏"), Message(LaterMid, "Уже пришёл, спасибо 📦")));

        await StoredMention.EventuallyAsync(rig, KeyOf(LaterMid), _ => true, "the later message lands");
        Assert.IsEmpty(rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.ExternalPostId, ConditionOperator.Equal, KeyOf(Mid))));
    }

    /// <summary>The key a long Instagram mid is stored under: the digest of the exact id.</summary>
    private static string KeyOf(string mid) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mid)));

    private static string Delivery(params string[] messaging) =>
        $$"""{"object":"instagram","entry":[{"id":"{{Account}}","time":{{Sent + 60_000}},"messaging":[{{string.Join(",", messaging)}}]}]}""";

    private static string Message(string mid, string text) =>
        $$$"""{"sender":{"id":"{{{Customer}}}"},"recipient":{"id":"{{{Account}}}"},"timestamp":{{{Sent}}},"message":{"mid":"{{{mid}}}","text":"{{{text}}}"}}""";

    private static string Unsend(string mid) =>
        $$$"""{"sender":{"id":"{{{Customer}}}"},"recipient":{"id":"{{{Account}}}"},"timestamp":{{{Sent + 30_000}}},"message":{"mid":"{{{mid}}}","is_deleted":true}}""";

    private static string Seen(string mid) =>
        $$$"""{"sender":{"id":"{{{Customer}}}"},"recipient":{"id":"{{{Account}}}"},"timestamp":{{{Sent + 40_000}}},"read":{"mid":"{{{mid}}}"}}""";
}
