using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Pcf.Tests.Support;

namespace SocialCrm.Pcf.Tests.SocialPulse;

/// <summary>The pulse on the conversation form: the thread in order, the customer's messages told apart from ours.</summary>
[TestClass]
public sealed class SocialPulseOnTheConversationFormTests
{
    private static PulseEnvironment environment = null!;
    private static PulseBrowser browser = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext _) => (environment, browser) = await PulseFixture.StartAsync();

    [TestMethod]
    public async Task Thread_lists_the_conversations_mentions_oldest_first_with_inbound_and_outbound_apart()
    {
        var conversationId = environment.Demo.EscalatedConversationId;
        var pulse = new PulsePage(await browser.OpenAsync(environment.PageOf("scrm_conversation", conversationId), environment.SeededAt));
        var states = await pulse.SettledPanelsAsync("timeline", "thread");
        Assert.AreEqual("ready", states["thread"]);

        var held = environment.Rows("scrm_mention", new ConditionExpression("regardingobjectid", ConditionOperator.Equal, conversationId))
            .OrderBy(m => (DateTime)m["scrm_postedon"]).ToList();
        var shown = await pulse.RowsAsync(".pulse-message", "data-mention-id", "data-direction");
        CollectionAssert.AreEqual(held.Select(m => m.Id.ToString()).ToList(), shown.Select(m => m["data-mention-id"]).ToList(), "oldest first");
        CollectionAssert.AreEqual(
            held.Select(m => environment.Label(m, "scrm_direction").ToLowerInvariant()).ToList(),
            shown.Select(m => m["data-direction"]).ToList());
        CollectionAssert.Contains(shown.Select(m => m["data-direction"]).ToList(), "outbound", "the agent's reply is in the thread");
        for (var i = 0; i < held.Count; i++)
        {
            StringAssert.Contains(shown[i]["text"], (string)held[i]["description"]);
        }

        var inbound = pulse.Page.Locator(".pulse-message--inbound").First;
        var outbound = pulse.Page.Locator(".pulse-message--outbound").First;
        var inboundBox = (await inbound.BoundingBoxAsync())!;
        var outboundBox = (await outbound.BoundingBoxAsync())!;
        Assert.IsTrue(outboundBox.X > inboundBox.X, "our replies sit on the other side of the thread");
        StringAssert.Contains(await inbound.InnerTextAsync(), "From the customer");
        await PulseBrowser.ScreenshotAsync(pulse.Page, TestContext, "social-pulse-conversation");
    }

    [TestMethod]
    public async Task Conversation_timeline_has_a_point_for_each_mention_of_the_thread()
    {
        var conversationId = environment.Demo.EscalatedConversationId;
        var pulse = new PulsePage(await browser.OpenAsync(environment.PageOf("scrm_conversation", conversationId), environment.SeededAt));
        await pulse.SettledPanelsAsync("timeline", "thread");

        var held = environment.Rows("scrm_mention", new ConditionExpression("regardingobjectid", ConditionOperator.Equal, conversationId));
        var points = await pulse.PointsPerNetworkAsync();
        Assert.AreEqual(held.Count, points.Values.Sum());
        Assert.AreEqual(environment.Label(held[0], "scrm_platform"), points.Keys.Single());
        Assert.AreEqual(1, await pulse.Page.Locator(".pulse-point[data-escalated]").CountAsync(), "the case it raised is marked");
    }
}
