using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.TestEscalationRules;
using Rule = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Tests.CustomApis;

/// <summary>Issue #18: admins try the rules on a stored mention; the API says which would fire and why, creating nothing.</summary>
[TestClass]
public sealed class TestEscalationRulesApiTests
{
    [TestMethod]
    public void Says_which_rule_would_fire_and_why_without_opening_a_case()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        crm.Send(WriteMessage.Create, Post("1").By("u1", "kim").Saying("Loving the new app, but where is dark mode?"));
        crm.SaveRule(new Entity(Rule.LogicalName)
        {
            [Rule.PrimaryName] = "Feature requests",
            [Rule.Order] = 10,
            [Rule.Keywords] = "dark mode",
            [Rule.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [Rule.Priority] = new OptionSetValue((int)ConversationPriority.Low),
            [Rule.CaseTitle] = "Idea from {author}: {keyword}",
        });

        var response = crm.Service.Execute(Request(crm.Mention("1").Id));

        Assert.IsTrue((bool)response[Api.WouldEscalate]);
        Assert.AreEqual("Feature requests", response[Api.Rule]);
        Assert.AreEqual("Rule \"Feature requests\": keyword \"dark mode\".", response[Api.Reason]);
        Assert.AreEqual("Idea from @kim: dark mode", response[Api.CaseTitle]);
        Assert.IsEmpty(crm.Cases());
        Assert.IsNull(crm.ConversationOf("1").GetAttributeValue<string>(ConversationTable.EscalationReason));
    }

    [TestMethod]
    public void Says_why_nothing_would_happen()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("1").Saying("Thanks, all good now."));

        var response = crm.Service.Execute(Request(crm.Mention("1").Id));

        Assert.IsFalse((bool)response[Api.WouldEscalate]);
        Assert.AreEqual(string.Empty, response[Api.Rule]);
        StringAssert.StartsWith((string)response[Api.Reason], "None of the");
        Assert.IsEmpty(crm.Cases());
    }

    private static OrganizationRequest Request(System.Guid mention) =>
        new(Api.Name) { [Api.Mention] = new EntityReference(SocialCrm.Mentions.MentionTable.LogicalName, mention) };
}
