using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// Issue #13, defect 7: an org upgraded from a worker that stored Messenger and Instagram message ids as sent, while this
/// one writes them keeping case. Rows written the old way are written here through the organization service, as the
/// older worker's UpsertMultiple left them.
/// </summary>
[TestClass]
public sealed class CaseKeepingIdsUpgradeTests
{
    /// <summary>
    /// Issue #13, defect 7, upgrading a running org: a Messenger message id is case-sensitive, so it is written keeping
    /// case now ("m_AbC" as "m_^ab^c"), while the worker before stored it as sent. Its row, written here the old way, must
    /// take the message's edit (message_edits), its redelivery and a reply naming it (message.reply_to.mid) on that one
    /// row. Shapes: https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-events/message-edits
    /// and https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages.
    /// </summary>
    [TestMethod]
    public async Task A_Messenger_message_stored_before_ids_kept_case_takes_its_edit_redelivery_and_reply_on_its_one_row()
    {
        const string mid = "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP";
        const string person = "3201";
        var sent = DateTimeOffset.UtcNow.AddMinutes(-10);
        await using var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        var stored = rig.Crm.Service.Create(new Entity(MentionTable.LogicalName)
        {
            [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.Facebook),
            [MentionTable.ExternalPostId] = mid,
            [MentionTable.MessageType] = new OptionSetValue((int)MessageType.PrivateMessage),
            [MentionTable.ThreadId] = "dm:" + person,
            [MentionTable.AuthorExternalId] = person,
            [MentionTable.Description] = "Is my parcel lost?",
            [MentionTable.PostedOn] = DateTimeOffset.FromUnixTimeSeconds(sent.ToUnixTimeSeconds()).UtcDateTime,
        });
        await rig.StartWorkerAsync();
        string Messaging(long at, string item) => $$$"""
            {"object":"page","entry":[{"id":"900","time":{{{at}}},"messaging":[{"sender":{"id":"{{{person}}}"},"recipient":{"id":"900"},"timestamp":{{{at}}},{{{item}}}}]}]}
            """;
        var editedAt = sent.AddMinutes(2).ToUnixTimeMilliseconds();

        await MetaDelivery.SendAsync(rig, Messaging(editedAt, $$"""
            "message_edit":{"mid":"{{mid}}","text":"Is my parcel lost? Order 4471 📦","num_edit":1}
            """));
        await Eventually.TrueAsync(() => Task.FromResult(rig.Crm.Service.Retrieve(MentionTable.LogicalName, stored, new ColumnSet(MentionTable.Description))
            .GetAttributeValue<string>(MentionTable.Description) == "Is my parcel lost? Order 4471 📦"), "the stored row takes the edit", WorkerOnLocalDataverse.Patience);
        await MetaDelivery.SendAsync(rig, Messaging(sent.ToUnixTimeMilliseconds(), $$"""
            "message":{"mid":"{{mid}}","text":"Is my parcel lost?"}
            """));
        await MetaDelivery.SendAsync(rig, Messaging(sent.AddMinutes(5).ToUnixTimeMilliseconds(), $$$"""
            "message":{"mid":"m_BReplyToTheLostParcel","text":"Any news? 🙏","reply_to":{"mid":"{{{mid}}}"}}
            """));
        await rig.WaitUntilQueueIsSettledAsync();

        Assert.AreEqual(0, (await rig.QueueStatusAsync()).DeadLetters);
        var messages = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.Platform, ConditionOperator.Equal, (int)SocialPlatform.Facebook));
        Assert.HasCount(2, messages, "the stored message and the reply: no second row for the stored one");
        var original = messages.Single(m => m.Id == stored);
        var reply = messages.Single(m => m.Id != stored);
        Assert.AreEqual("m_^a^g5^hz2^uq7tuw^n^eh^xf^y^y^kj8m^j^e^m_^q^ppz5jd^c^k48^pn^k^aj^sdjfipqxq^mv^k8ma6^a^c8fplwlq^l^p",
            original.GetAttributeValue<string>(MentionTable.ExternalPostId), "the stored row now carries its id as ids are written");
        Assert.AreEqual("Is my parcel lost? Order 4471 📦", original.GetAttributeValue<string>(MentionTable.Description), "the redelivery kept the edit");
        Assert.AreEqual(original.GetAttributeValue<string>(MentionTable.ExternalPostId), reply.GetAttributeValue<string>(MentionTable.InReplyToId));
        Assert.AreEqual(original.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id, reply.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
    }
}
