using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Networks;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>
/// The brand's Mastodon streams read by the running worker, all the way to mentions in Dataverse: a mention, its edit,
/// its delete, and a direct message. Payloads are the documented notification and conversation events
/// (https://docs.joinmastodon.org/methods/streaming/#user, #direct) with their documented Status fields changed
/// (https://docs.joinmastodon.org/entities/Status/).
/// </summary>
[TestClass]
public sealed class MastodonStreamThroughTheWorkerTests
{
    private const string StatusId = "108914343542683797";

    [TestMethod]
    public async Task A_streamed_mention_lands_takes_its_authors_newest_edit_and_is_marked_deleted_with_its_text_erased()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);

        mastodon.Mention(Notification(StatusId, "注文した傘がまだ届きません 😞", editedAt: null));
        var mention = await LandedAsync(rig, StatusId, m => m.GetAttributeValue<string>(MentionTable.Description) == "@trwnh 注文した傘がまだ届きません 😞", "the mention lands");
        Assert.AreEqual((int)SocialPlatform.Mastodon, mention.GetAttributeValue<OptionSetValue>(MentionTable.Platform).Value);
        Assert.AreEqual((int)MessageType.PublicPost, mention.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);

        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "傘が届きました 🎉 ありがとう", editedAt: "2022-08-30T23:20:00.000Z")));
        mastodon.Publish("user", "status.update", Status(Notification(StatusId, "an older edit", editedAt: "2022-08-30T23:15:00.000Z")));
        mention = await LandedAsync(rig, StatusId, m => m.GetAttributeValue<string>(MentionTable.Description) == "@trwnh 傘が届きました 🎉 ありがとう", "the newest edit is applied");
        Assert.AreEqual("@trwnh 傘が届きました 🎉 ありがとう", mention.GetAttributeValue<string>(MentionTable.Subject));

        mastodon.Publish("user", "delete", StatusId);
        mention = await LandedAsync(rig, StatusId,
            m => m.GetAttributeValue<OptionSetValue>(MentionTable.StatusCode)?.Value == (int)MentionStatus.DeletedByAuthor, "the mention is marked deleted by its author");
        Assert.AreEqual((int)MentionState.Canceled, mention.GetAttributeValue<OptionSetValue>(MentionTable.StateCode).Value);
        Assert.IsNull(mention.GetAttributeValue<string>(MentionTable.Description));
    }

    [TestMethod]
    public async Task A_direct_conversation_lands_as_a_private_message()
    {
        await using var mastodon = await MastodonStreamingServer.StartAsync();
        await using var rig = await StartAsync(mastodon);
        await mastodon.ListenedToAsync("direct", WorkerOnLocalDataverse.Patience);

        mastodon.Publish("direct", "conversation", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mastodon-conversation.json")));

        var message = await LandedAsync(rig, "109346889330629417", _ => true, "the direct message lands");
        Assert.AreEqual((int)MessageType.PrivateMessage, message.GetAttributeValue<OptionSetValue>(MentionTable.MessageType).Value);
        Assert.AreEqual("test @trwnh", message.GetAttributeValue<string>(MentionTable.Description));
    }

    private static async Task<WorkerOnLocalDataverse> StartAsync(MastodonStreamingServer mastodon)
    {
        var rig = await WorkerOnLocalDataverse.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Streams:Mastodon:InstanceUrl"] = mastodon.Url.ToString(),
            ["Streams:Mastodon:AccessToken"] = mastodon.AcceptedToken,
            ["Streams:Mastodon:ReconnectDelay"] = "00:00:00.100",
            ["Removals:IdleDelay"] = "00:00:00.050",
        });
        await rig.StartWorkerAsync();
        await mastodon.ListenedToAsync("user", WorkerOnLocalDataverse.Patience);
        return rig;
    }

    private static async Task<Entity> LandedAsync(WorkerOnLocalDataverse rig, string statusId, Func<Entity, bool> condition, string what)
    {
        Entity? found = null;
        await Eventually.TrueAsync(() =>
        {
            var mentions = rig.Crm.All(MentionTable.LogicalName, new Microsoft.Xrm.Sdk.Query.ConditionExpression(MentionTable.ExternalPostId, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, statusId));
            found = mentions.Length == 1 && condition(mentions[0]) ? mentions[0] : null;
            return Task.FromResult(found != null);
        }, what, WorkerOnLocalDataverse.Patience);
        return found!;
    }

    private static string Notification(string statusId, string text, string? editedAt)
    {
        var notification = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mastodon-notification-mention.json")))!;
        var status = notification["status"]!;
        status["id"] = statusId;
        status["content"] = $"<p><span class=\"h-card\"><a class=\"u-url mention\" href=\"https://mastodon.social/@trwnh\">@<span>trwnh</span></a></span> {text}</p>";
        status["edited_at"] = editedAt;
        return notification.ToJsonString();
    }

    private static string Status(string notification) => JsonNode.Parse(notification)!["status"]!.ToJsonString();
}
