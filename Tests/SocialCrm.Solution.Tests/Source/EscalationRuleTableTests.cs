using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Schema;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.Source;

/// <summary>Issue #18: escalation rules are records admins keep in the app; managers edit them, everyone else reads.</summary>
[TestClass]
public sealed class EscalationRuleTableTests
{
    private static XDocument Customizations => PackedSolution.Current.Unmanaged.Customizations;

    [TestMethod]
    public void Managers_create_edit_and_delete_escalation_rules_agents_and_the_worker_only_read_them()
    {
        var manager = Privileges("Social CRM Manager");
        var agent = Privileges("Social CRM Agent");
        var integration = Privileges("Social CRM Integration");

        foreach (var verb in new[] { "Create", "Read", "Write", "Delete" })
        {
            Assert.AreEqual("Global", manager.Single(p => p.Name == $"prv{verb}scrm_EscalationRule").Level, verb);
        }

        CollectionAssert.AreEqual(new[] { "prvReadscrm_EscalationRule" }, agent.Where(p => p.Name.EndsWith("scrm_EscalationRule", System.StringComparison.Ordinal)).Select(p => p.Name).ToList());
        CollectionAssert.AreEqual(new[] { "prvReadscrm_EscalationRule" }, integration.Where(p => p.Name.EndsWith("scrm_EscalationRule", System.StringComparison.Ordinal)).Select(p => p.Name).ToList());
    }

    [TestMethod]
    public void The_app_lists_the_active_rules_in_the_order_they_are_tried()
    {
        var subArea = Customizations.Descendants("SubArea").Single(s => s.Attribute("Entity")?.Value == EscalationRuleTable.LogicalName);
        var defaultView = Customizations.Descendants("savedquery")
            .Single(v => v.Descendants("entity").First().Attribute("name")!.Value == EscalationRuleTable.LogicalName
                && v.Element("querytype")!.Value == "0" && v.Element("isdefault")!.Value == "1");

        Assert.AreEqual("Escalation Rules", subArea.Descendants("Title").Single().Attribute("Title")!.Value);
        Assert.AreEqual("Active Escalation Rules", defaultView.Descendants("LocalizedName").Single().Attribute("description")!.Value);
        Assert.AreEqual(EscalationRuleTable.Order, defaultView.Descendants("order").Single().Attribute("attribute")!.Value);
        Assert.AreEqual("false", defaultView.Descendants("order").Single().Attribute("descending")!.Value);
    }

    private static (string Name, string Level)[] Privileges(string role) =>
        Customizations.Descendants("Role").Single(r => r.Attribute("name")?.Value == role)
            .Descendants("RolePrivilege").Select(p => (p.Attribute("name")!.Value, p.Attribute("level")!.Value)).ToArray();
}
