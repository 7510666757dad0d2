using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;
using Api = SocialCrm.Plugins.Schema.CustomApis.TestEscalationRules;
using Mention = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Solution.Tests.WebResources;

[TestClass]
public sealed class TestRulesCommandTests
{
    private const string MentionId = "7f1c9a52-3b0e-4c55-9d4e-0a1b2c3d4e5f";

    private static readonly object[] LatestInboundMention = { new { activityid = MentionId, subject = "My order never arrived" } };

    [TestMethod]
    public void The_rule_form_command_bar_runs_a_function_of_the_packed_web_resource_with_the_form_context()
    {
        var command = TestRulesCommand.Packed;
        var customizations = PackedSolution.Current.Unmanaged.Customizations.Root!;
        var button = customizations.Descendants("Button").Single(b => b.Attribute("Command")?.Value == command.Function.Ancestors("CommandDefinition").Single().Attribute("Id")!.Value);

        StringAssert.StartsWith(button.Ancestors("CustomAction").Single().Attribute("Location")!.Value, "Mscrm.Form.scrm_escalationrule.");
        Assert.AreEqual("PrimaryControl", command.Function.Element("CrmParameter")!.Attribute("Value")!.Value);
        CollectionAssert.Contains(PackedSolution.Current.Unmanaged.Manifest.Descendants("RootComponent")
            .Where(r => r.Attribute("type")!.Value == "61").Select(r => r.Attribute("schemaName")!.Value).ToList(),
            command.Function.Attribute("Library")!.Value.Substring("$webresource:".Length));
        // Running it proves the function exists: fake-xrm.js fails when the name is no function of the script.
        command.Run(new { dirty = true });
    }

    [TestMethod]
    public void Test_rules_calls_the_Custom_API_as_an_unbound_action_on_the_latest_inbound_mention()
    {
        var record = TestRulesCommand.Packed.Run(new { mentions = LatestInboundMention, answer = Escalating() });

        var query = record["queries"]!.AsArray().Single()!;
        Assert.AreEqual(Mention.LogicalName, (string?)query["table"]);
        StringAssert.Contains((string?)query["options"], $"$filter={Mention.Direction} eq 746500000");
        StringAssert.Contains((string?)query["options"], $"$orderby={Mention.PostedOn} desc&$top=1");
        var request = record["requests"]!.AsArray().Single()!;
        var metadata = request["metadata"]!;
        Assert.AreEqual(Api.Name, (string?)metadata["operationName"]);
        Assert.AreEqual(0, (int)metadata["operationType"]!, "0: an action");
        Assert.IsNull(metadata["boundParameter"], "null: bound to no table");
        Assert.AreEqual($"mscrm.{Mention.LogicalName}", (string?)metadata["parameterTypes"]![Api.Mention]!["typeName"]);
        Assert.AreEqual(5, (int)metadata["parameterTypes"]![Api.Mention]!["structuralProperty"]!, "5: an entity type");
        Assert.AreEqual(Mention.LogicalName, (string?)request["parameters"]![Api.Mention]!["entityType"]);
        Assert.AreEqual(MentionId, (string?)request["parameters"]![Api.Mention]!["id"]);
    }

    [TestMethod]
    public void Test_rules_shows_which_rule_would_fire_why_and_the_case_it_would_open()
    {
        var record = TestRulesCommand.Packed.Run(new { mentions = LatestInboundMention, answer = Escalating() });

        Assert.AreEqual(0, record["errors"]!.AsArray().Count);
        Assert.AreEqual(
            "Tried on the latest inbound mention \"My order never arrived\".\n"
            + "Rule \"Angry influencer\" would fire: sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60\n"
            + "Case: Twitter: My order never arrived",
            (string?)record["alerts"]!.AsArray().Single()!["text"]);
    }

    [TestMethod]
    public void Test_rules_says_why_no_rule_would_escalate()
    {
        var answer = new System.Collections.Generic.Dictionary<string, object>
        {
            [Api.WouldEscalate] = false, [Api.Rule] = "", [Api.Reason] = "no active rule matches", [Api.CaseTitle] = "",
        };

        var record = TestRulesCommand.Packed.Run(new { mentions = LatestInboundMention, answer });

        Assert.AreEqual("Tried on the latest inbound mention \"My order never arrived\".\nNo rule would escalate it: no active rule matches",
            (string?)record["alerts"]!.AsArray().Single()!["text"]);
    }

    [TestMethod]
    public void A_failing_Custom_API_call_is_shown_in_an_error_dialog_with_its_message()
    {
        var record = TestRulesCommand.Packed.Run(new { mentions = LatestInboundMention, failure = "scrm_mention 7f1c has no conversation" });

        Assert.AreEqual(0, record["alerts"]!.AsArray().Count);
        Assert.AreEqual("scrm_mention 7f1c has no conversation", (string?)record["errors"]!.AsArray().Single()!["message"]);
    }

    [TestMethod]
    public void Without_an_inbound_mention_test_rules_says_so_and_calls_nothing()
    {
        var record = TestRulesCommand.Packed.Run(new { mentions = System.Array.Empty<object>() });

        Assert.AreEqual(0, record["requests"]!.AsArray().Count);
        StringAssert.Contains((string?)record["alerts"]!.AsArray().Single()!["text"], "no inbound mention");
    }

    [TestMethod]
    public void An_unsaved_rule_form_is_asked_to_save_before_testing()
    {
        var record = TestRulesCommand.Packed.Run(new { dirty = true, mentions = LatestInboundMention, answer = Escalating() });

        Assert.AreEqual(0, record["queries"]!.AsArray().Count);
        Assert.AreEqual(0, record["requests"]!.AsArray().Count);
        StringAssert.StartsWith((string?)record["alerts"]!.AsArray().Single()!["text"], "Save the rule first");
    }

    // The response properties the Custom API declares (Plugins/CustomApis/TestEscalationRulesApi.cs), by their names.
    private static System.Collections.Generic.Dictionary<string, object> Escalating() => new()
    {
        [Api.WouldEscalate] = true,
        [Api.Rule] = "Angry influencer",
        [Api.Reason] = "sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60",
        [Api.CaseTitle] = "Twitter: My order never arrived",
    };
}
