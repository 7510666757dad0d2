using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Pcf.Tests.Support;

namespace SocialCrm.Pcf.Tests.SocialPulse;

/// <summary>The pulse on the contact form's Social tab, for the demo customer, checked against what LocalDataverse holds.</summary>
[TestClass]
public sealed class SocialPulseOnTheContactFormTests
{
    private static PulseEnvironment environment = null!;
    private static PulseBrowser browser = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext _) => (environment, browser) = await PulseFixture.StartAsync();

    [TestMethod]
    public async Task Timeline_draws_one_series_per_network_with_a_point_for_each_of_the_persons_mentions()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);

        var held = environment.MentionsOf(environment.Demo.ContactId);
        var expected = held.GroupBy(m => environment.Label(m, "scrm_platform")).ToDictionary(g => g.Key, g => g.Count());
        var shown = await pulse.PointsPerNetworkAsync();
        CollectionAssert.AreEquivalent(expected.ToList(), shown.ToList(), "points per network");
        Assert.AreEqual(3, shown.Count, "the demo customer posts on X, Facebook and Instagram");
        var series = await pulse.RowsAsync(".pulse-series", "data-network");
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), series.Select(s => s["data-network"]).ToList(), "one line per network");

        var labels = (await pulse.RowsAsync(".pulse-point", "data-mention-id", "data-label")).ToDictionary(p => p["data-mention-id"], p => p["data-label"]);
        foreach (var mention in held)
        {
            var label = environment.Label(mention, "scrm_sentimentlabel").ToLowerInvariant();
            Assert.AreEqual(label, labels[mention.Id.ToString()], $"colour of '{mention["description"]}'");
        }
        await PulseBrowser.ScreenshotAsync(pulse.Page, TestContext, "social-pulse-contact");
    }

    [TestMethod]
    public async Task Escalated_conversation_is_marked_on_its_last_mention_before_the_case()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);

        var escalated = environment.Rows("scrm_conversation",
            new ConditionExpression("scrm_contactid", ConditionOperator.Equal, environment.Demo.ContactId),
            new ConditionExpression("scrm_escalatedon", ConditionOperator.NotNull));
        Assert.AreEqual(1, escalated.Count, "the refund request raised one case");
        var marks = await pulse.RowsAsync(".pulse-point[data-escalated]", "data-mention-id", "aria-label");
        Assert.AreEqual(escalated.Count, marks.Count);
        var marked = environment.MentionsOf(environment.Demo.ContactId).Single(m => m.Id.ToString() == marks[0]["data-mention-id"]);
        Assert.AreEqual(escalated[0].Id, ((EntityReference)marked["regardingobjectid"]).Id);
        StringAssert.Contains(marks[0]["aria-label"], "escalated");
    }

    [TestMethod]
    public async Task Focusing_a_point_with_the_keyboard_shows_its_text_time_and_network()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);

        var first = pulse.Page.Locator(".pulse-point").First;
        await first.FocusAsync();
        await pulse.Page.Keyboard.PressAsync("End");
        var focused = await pulse.Page.EvaluateAsync<string>("document.activeElement.getAttribute('data-mention-id')");
        var latest = environment.MentionsOf(environment.Demo.ContactId).OrderBy(m => (DateTime)m["scrm_postedon"]).Last();
        Assert.AreEqual(latest.Id.ToString(), focused, "End moves to the latest mention");

        var tooltip = pulse.Page.Locator("#pulse-tooltip");
        Assert.IsTrue(await tooltip.IsVisibleAsync());
        var text = await tooltip.InnerTextAsync();
        StringAssert.Contains(text, (string)latest["description"]);
        StringAssert.Contains(text, environment.Label(latest, "scrm_platform"));
        StringAssert.Contains(text, ((DateTime)latest["scrm_postedon"]).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));

        await pulse.Page.Locator(".pulse-point").Nth(0).HoverAsync();
        Assert.IsTrue(await tooltip.IsVisibleAsync(), "hovering shows it too");
    }

    [TestMethod]
    public async Task Open_conversations_show_status_waiting_time_since_the_customers_last_message_and_case()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);

        var open = environment.Rows("scrm_conversation",
            new ConditionExpression("scrm_contactid", ConditionOperator.Equal, environment.Demo.ContactId),
            new ConditionExpression("statecode", ConditionOperator.Equal, 0));
        var rows = (await pulse.RowsAsync("[data-panel='conversations'] tbody tr", "data-conversation-id")).ToDictionary(r => r["data-conversation-id"]);
        Assert.AreEqual(open.Count, rows.Count, "one row per open conversation");

        foreach (var conversation in open)
        {
            var row = pulse.Page.Locator($"tr[data-conversation-id='{conversation.Id}']");
            Assert.AreEqual(environment.Label(conversation, "statuscode"), await row.Locator(".pulse-status").InnerTextAsync());
            var inbound = conversation.GetAttributeValue<DateTime?>("scrm_lastinboundon");
            var outbound = conversation.GetAttributeValue<DateTime?>("scrm_lastoutboundon");
            var waiting = row.Locator(".pulse-waiting");
            if (inbound.HasValue && (!outbound.HasValue || outbound < inbound))
            {
                Assert.AreEqual(inbound.Value.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), await waiting.GetAttributeAsync("data-waiting-since"));
                Assert.AreEqual(Waiting(environment.SeededAt.UtcDateTime - inbound.Value), await waiting.InnerTextAsync());
            }
            else
            {
                Assert.AreEqual("Not waiting", await waiting.InnerTextAsync(), $"{conversation["scrm_name"]} was answered");
            }

            var caseText = await row.Locator(".pulse-case").InnerTextAsync();
            if (conversation.GetAttributeValue<EntityReference>("scrm_caseid") is { } incident)
            {
                var title = (string)environment.Dataverse.GetOrganizationService().Retrieve("incident", incident.Id, new ColumnSet("title"))["title"];
                StringAssert.Contains(caseText, title);
            }
            else
            {
                Assert.AreEqual("No case", caseText);
            }
        }
    }

    [TestMethod]
    public async Task Profiles_show_each_network_with_handle_and_influence()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);

        var held = environment.Rows("scrm_socialprofile", new ConditionExpression("scrm_contactid", ConditionOperator.Equal, environment.Demo.ContactId));
        var shown = await pulse.RowsAsync(".pulse-profile", "data-profile-id", "data-network");
        Assert.AreEqual(held.Count, shown.Count);
        foreach (var profile in held)
        {
            var item = pulse.Page.Locator($".pulse-profile[data-profile-id='{profile.Id}']");
            Assert.AreEqual(environment.Label(profile, "scrm_platform"), await item.GetAttributeAsync("data-network"));
            StringAssert.Contains(await item.InnerTextAsync(), "@" + (string)profile["scrm_handle"]);
            var meter = item.Locator("[role='meter']");
            Assert.AreEqual(profile.GetAttributeValue<int>("scrm_influencescore").ToString(CultureInfo.InvariantCulture), await meter.GetAttributeAsync("aria-valuenow"));
        }
        var order = shown.Select(s => Guid.Parse(s["data-profile-id"])).ToList();
        CollectionAssert.AreEqual(held.OrderByDescending(p => p.GetAttributeValue<int>("scrm_influencescore")).Select(p => p.Id).ToList(), order, "most influential first");
    }

    [TestMethod]
    public async Task Each_panel_loads_with_one_request_to_the_Web_API()
    {
        var requests = new List<string>();
        var page = await browser.Browser.NewPageAsync();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/data/v9.2/", StringComparison.Ordinal))
            {
                requests.Add(new Uri(request.Url).AbsolutePath.Split('/').Last().Split('(')[0]);
            }
        };
        await page.GotoAsync(environment.PageOf("contact", environment.Demo.ContactId).ToString());
        await new PulsePage(page).SettledPanelsAsync("timeline", "conversations", "profiles");

        Assert.AreEqual(1, requests.Count(r => r == "scrm_mentions"), string.Join(", ", requests));
        Assert.AreEqual(1, requests.Count(r => r == "scrm_conversations"), string.Join(", ", requests));
        Assert.AreEqual(1, requests.Count(r => r == "scrm_socialprofiles"), string.Join(", ", requests));
    }

    [TestMethod]
    public async Task Pulse_follows_the_forms_width_and_stacks_its_panels_when_narrow()
    {
        var pulse = await OpenContactAsync(environment.Demo.ContactId);
        var wide = await ChartWidthAsync(pulse.Page);
        Assert.IsFalse(await pulse.Page.Locator(".pulse.pulse--narrow").IsVisibleAsync());

        await pulse.Page.SetViewportSizeAsync(480, 900);
        await pulse.Page.WaitForSelectorAsync(".pulse.pulse--narrow");
        var narrow = await ChartWidthAsync(pulse.Page);
        Assert.IsTrue(narrow < wide, $"the timeline shrank from {wide} to {narrow}");
        var container = await pulse.Page.EvaluateAsync<double>("document.getElementById('control-container').clientWidth");
        Assert.IsTrue(narrow <= container, $"the timeline ({narrow}px) fits the form ({container}px)");
        await PulseBrowser.ScreenshotAsync(pulse.Page, TestContext, "social-pulse-contact-narrow");
    }

    [TestMethod]
    public async Task Contact_without_social_activity_sees_empty_panels()
    {
        var pulse = await OpenContactAsync(environment.EmptyContactId);

        var states = await pulse.SettledPanelsAsync("timeline", "conversations", "profiles");
        Assert.IsTrue(states.Values.All(s => s == "empty"), string.Join(", ", states));
        StringAssert.Contains(await pulse.Panel("timeline").InnerTextAsync(), "No mentions");
    }

    [TestMethod]
    public async Task Panels_say_they_are_loading_until_their_answer_arrives()
    {
        var page = await browser.Browser.NewPageAsync();
        var held = new TaskCompletionSource();
        await page.RouteAsync("**/api/data/v9.2/scrm_socialprofiles*", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(environment.PageOf("contact", environment.Demo.ContactId).ToString());
        var profiles = page.Locator("[data-panel='profiles']");
        await page.WaitForSelectorAsync("[data-panel='profiles'][aria-busy='true']");
        StringAssert.Contains(await profiles.InnerTextAsync(), "Loading");

        held.SetResult();
        await page.WaitForSelectorAsync("[data-panel='profiles'][data-state='ready']");
        Assert.IsNull(await profiles.GetAttributeAsync("aria-busy"));
    }

    private static async Task<PulsePage> OpenContactAsync(Guid contactId)
    {
        var page = new PulsePage(await browser.OpenAsync(environment.PageOf("contact", contactId), environment.SeededAt));
        await page.SettledPanelsAsync("timeline", "conversations", "profiles");
        return page;
    }

    private static Task<double> ChartWidthAsync(IPage page) =>
        page.EvaluateAsync<double>("document.querySelector('.pulse-timeline__chart').getBoundingClientRect().width");

    // The control's format: the two largest whole units.
    private static string Waiting(TimeSpan elapsed) =>
        elapsed.TotalDays >= 1 ? $"{(int)elapsed.TotalDays} d {elapsed.Hours} h"
        : elapsed.TotalHours >= 1 ? $"{(int)elapsed.TotalHours} h {elapsed.Minutes} min"
        : $"{(int)elapsed.TotalMinutes} min";
}
