using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Shared;

namespace SocialCrm.EndToEnd.Tests.Views;

/// <summary>
/// Every view (savedquery) and chart (visualization) of the built managed zip, run as a model-driven app runs them: the
/// FetchXML read from the zip's customizations.xml, sent as RetrieveMultiple(FetchExpression) to a LocalDataverse that
/// imported the zip and holds demo data written through its own plug-ins. Each view's rows are checked against what the
/// view means, written here in C# over the plain rows: the right records in, the others out, in the view's order; the
/// chart's groups against counts made from the mentions.
/// </summary>
[TestClass]
public sealed class SavedQueriesOverDemoDataTests
{
    // Quick find views carry {0}, which the app replaces with the search text plus a trailing wildcard.
    private const string SearchText = "a%";

    private static DemoData demo = null!;

    [ClassInitialize]
    public static void Seed(TestContext _) => demo = DemoData.Write();

    [ClassCleanup]
    public static void Dispose() => demo.Dispose();

    [TestMethod]
    public void Every_view_of_the_zip_returns_the_records_it_describes_in_its_order()
    {
        var views = Views().ToList();
        Assert.IsTrue(views.Count >= 19, $"the zip has its views ({views.Count} read)");
        var unexplained = views.Select(v => v.Name).Where(name => !ViewMeanings.ContainsKey(name)).ToList();
        Assert.IsEmpty(unexplained, "every view needs its meaning here: " + string.Join(", ", unexplained));

        foreach (var (name, table, fetchXml) in views)
        {
            var meaning = ViewMeanings[name];
            var all = demo.All(table);
            var expected = meaning.Order(all.Where(meaning.Includes)).Select(r => r.Id).ToList();

            var returned = demo.Service.RetrieveMultiple(new FetchExpression(fetchXml.Replace("{0}", SearchText, StringComparison.Ordinal))).Entities.Select(r => r.Id).ToList();

            Assert.IsNotEmpty(expected, $"the demo data puts records in '{name}'");
            CollectionAssert.AreEqual(expected, returned, $"'{name}' returns its records in its order");
            if (meaning.Filters)
            {
                Assert.IsTrue(all.Length > expected.Count, $"the demo data leaves records out of '{name}'");
            }
        }
    }

    [TestMethod]
    public void Chart_counts_conversations_by_month_and_sentiment_label_as_the_mentions_add_up()
    {
        var (name, fetchXml) = Charts().Single();
        var expected = demo.All(MentionTable.LogicalName)
            .Where(m => m.GetAttributeValue<EntityReference>(MentionTable.Conversation) is not null)
            .GroupBy(m => (Month: m.GetAttributeValue<DateTime>(MentionTable.PostedOn).Month, Label: m.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel)?.Value))
            .Select(g => (g.Key.Month, g.Key.Label, Conversations: g.Select(m => m.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id).Distinct().Count()))
            .OrderBy(g => g.Month).ThenBy(g => g.Label)
            .ToList();

        var returned = demo.Service.RetrieveMultiple(new FetchExpression(fetchXml)).Entities
            .Select(r => ((int)Value(r, "month")!, (Value(r, "label") as OptionSetValue)?.Value, (int)Value(r, "conversations")!))
            .OrderBy(g => g.Item1).ThenBy(g => g.Item2)
            .ToList();

        Assert.IsTrue(expected.Count > 1 && expected.Any(g => g.Conversations > 1), $"the demo data gives '{name}' several groups, one of several conversations");
        CollectionAssert.AreEqual(expected, returned, $"'{name}' groups as the mentions add up");
    }

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    private static XDocument Customizations()
    {
        using var zip = ZipFile.OpenRead(SolutionZips.Managed);
        using var stream = zip.GetEntry("customizations.xml")!.Open();
        return XDocument.Load(stream);
    }

    private static IEnumerable<(string Name, string Table, string FetchXml)> Views() =>
        Customizations().Descendants("savedquery").Select(q =>
        {
            var fetch = q.Element("fetchxml")!.Element("fetch")!;
            return (
                (string)q.Element("LocalizedNames")!.Elements("LocalizedName").First().Attribute("description")!,
                (string)fetch.Element("entity")!.Attribute("name")!,
                fetch.ToString());
        });

    private static IEnumerable<(string Name, string FetchXml)> Charts() =>
        Customizations().Descendants("visualization").Select(v => (
            (string)v.Element("LocalizedNames")!.Elements("LocalizedName").First().Attribute("description")!,
            v.Descendants("fetch").Single().ToString()));

    // What each view means, over the rows of its table.
    private static readonly Dictionary<string, ViewMeaning> ViewMeanings = new(StringComparer.Ordinal)
    {
        ["Open Conversations"] = ViewMeaning.Where(Active, Descending(ConversationTable.LastMentionOn)),
        ["Social Conversation Advanced Find View"] = ViewMeaning.Where(Active, Descending(ConversationTable.LastMentionOn)),
        ["My Open Conversations"] = ViewMeaning.Where(r => Active(r) && r.GetAttributeValue<EntityReference>("ownerid").Id == demo.WorkerUserId, Descending(ConversationTable.LastMentionOn)),
        ["Quick Find Open Conversations"] = ViewMeaning.Where(
            r => Active(r) && (Like(r, ConversationTable.PrimaryName) || Like(r, ConversationTable.ExternalThreadId)), Descending(ConversationTable.LastMentionOn)),
        ["Escalated Conversations"] = ViewMeaning.Where(r => r.Contains(ConversationTable.Case), Descending(ConversationTable.EscalatedOn)),
        ["Escalations Not Carried Out"] = ViewMeaning.Where(
            r => r.GetAttributeValue<OptionSetValue>(ConversationTable.EscalationOutcome)?.Value == (int)EscalationOutcome.NotCarriedOut, Descending(ConversationTable.EscalatedOn)),
        ["Negative Conversations Awaiting Reply"] = ViewMeaning.Where(
            r => Active(r) && Status(r) == (int)ConversationStatus.AwaitingReply && r.GetAttributeValue<decimal?>(ConversationTable.LastSentiment) < 0m,
            Ascending(ConversationTable.LastInboundOn)),
        ["Social Conversation Associated View"] = ViewMeaning.All(Descending(ConversationTable.LastMentionOn)),
        ["Social Conversation Lookup View"] = ViewMeaning.All(Descending(ConversationTable.LastMentionOn)),
        ["All Mentions"] = ViewMeaning.All(Descending(MentionTable.PostedOn)),
        ["Social Mention Advanced Find View"] = ViewMeaning.All(Descending(MentionTable.PostedOn)),
        ["Social Mention Associated View"] = ViewMeaning.All(Descending(MentionTable.PostedOn)),
        ["Social Mention Lookup View"] = ViewMeaning.All(Descending(MentionTable.PostedOn)),
        ["Public Mentions"] = ViewMeaning.Where(
            r => r.GetAttributeValue<OptionSetValue>(MentionTable.MessageType)?.Value != (int)MessageType.PrivateMessage, Descending(MentionTable.PostedOn)),
        ["Mentions Not Scored"] = ViewMeaning.Where(
            r => r.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel)?.Value == (int)SentimentLabel.NotScored, Descending(MentionTable.PostedOn)),
        ["Quick Find Mentions"] = ViewMeaning.Where(
            r => Like(r, MentionTable.Subject) || Like(r, MentionTable.AuthorHandle) || Like(r, MentionTable.ExternalPostId), Descending(MentionTable.PostedOn)),
        ["Active Social Profiles"] = ViewMeaning.Where(Active, AscendingText(SocialProfileTable.PrimaryName)),
        ["Social Profile Advanced Find View"] = ViewMeaning.Where(Active, AscendingText(SocialProfileTable.PrimaryName)),
        ["Social Profile Associated View"] = ViewMeaning.Where(Active, AscendingText(SocialProfileTable.PrimaryName)),
        ["Social Profile Lookup View"] = ViewMeaning.Where(Active, AscendingText(SocialProfileTable.PrimaryName)),
        ["Quick Find Active Social Profiles"] = ViewMeaning.Where(
            r => Active(r) && new[] { SocialProfileTable.PrimaryName, SocialProfileTable.Handle, SocialProfileTable.DisplayName, SocialProfileTable.ExternalUserId }.Any(c => Like(r, c)),
            AscendingText(SocialProfileTable.PrimaryName)),
        ["Profiles by Influence"] = ViewMeaning.Where(
            Active, rows => rows.OrderByDescending(r => r.GetAttributeValue<int?>(SocialProfileTable.InfluenceScore)).ThenByDescending(r => r.GetAttributeValue<int?>(SocialProfileTable.Followers))),
        ["Active Escalation Rules"] = ViewMeaning.Where(Active, RuleOrder),
        ["Inactive Escalation Rules"] = ViewMeaning.Where(r => !Active(r), RuleOrder),
        ["Escalation Rule Advanced Find View"] = ViewMeaning.All(RuleOrder),
        ["Escalation Rule Associated View"] = ViewMeaning.Where(Active, RuleOrder),
        ["Escalation Rule Lookup View"] = ViewMeaning.Where(Active, RuleOrder),
        ["Quick Find Active Escalation Rules"] = ViewMeaning.Where(
            r => Active(r) && (Like(r, EscalationRuleTable.PrimaryName) || Like(r, EscalationRuleTable.Keywords)), RuleOrder),
    };

    private static IOrderedEnumerable<Entity> RuleOrder(IEnumerable<Entity> rows) => rows.OrderBy(r => r.GetAttributeValue<int?>(EscalationRuleTable.Order));

    private static bool Active(Entity row) => row.GetAttributeValue<OptionSetValue>("statecode").Value == 0;

    private static int Status(Entity row) => row.GetAttributeValue<OptionSetValue>("statuscode").Value;

    // The search text "a%": begins with a, ignoring case.
    private static bool Like(Entity row, string column) =>
        row.GetAttributeValue<string>(column)?.StartsWith(SearchText.TrimEnd('%'), StringComparison.OrdinalIgnoreCase) == true;

    private static Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> Descending(string column) =>
        rows => rows.OrderByDescending(r => r.GetAttributeValue<DateTime?>(column));

    private static Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> Ascending(string column) =>
        rows => rows.OrderBy(r => r.GetAttributeValue<DateTime?>(column));

    // Text sorts without case, as Dataverse's collation sorts it.
    private static Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> AscendingText(string column) =>
        rows => rows.OrderBy(r => r.GetAttributeValue<string>(column), StringComparer.OrdinalIgnoreCase);

    private sealed record ViewMeaning(Func<Entity, bool> Includes, Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> Order, bool Filters)
    {
        public static ViewMeaning Where(Func<Entity, bool> includes, Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> order) => new(includes, order, true);

        public static ViewMeaning All(Func<IEnumerable<Entity>, IOrderedEnumerable<Entity>> order) => new(_ => true, order, false);
    }
}
