using System;
using System.Globalization;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;

namespace SocialCrm.Plugins.Tests.Stores;

/// <summary>
/// Every tunable that is not an escalation rule is an environment variable: its current value overrides the default the
/// solution ships, and the plug-ins read it on every execution, so a change applies to the next mention.
/// </summary>
[TestClass]
public sealed class EnvironmentVariableTests
{
    [TestMethod]
    [DataRow("0", 1, false, DisplayName = "Window of 0 days: a day later starts a new conversation")]
    [DataRow("30", 20, true, DisplayName = "Window of 30 days: twenty days later reopens")]
    public void The_reopen_window_decides_whether_a_closed_conversation_reopens(string days, int daysAfterClosing, bool reopens)
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.ReopenWindowDays, days).Build();
        var closedOn = SocialCrmFixture.Now.AddDays(-25);
        crm.Send(WriteMessage.Create, Post("1").InThread("t").At(closedOn.AddHours(-1)));
        var closed = crm.ConversationOf("1").Id;
        crm.Close(closed, closedOn);

        crm.Send(WriteMessage.Create, Post("2").InThread("t").At(closedOn.AddDays(daysAfterClosing)));

        Assert.AreEqual(reopens, crm.ConversationOf("2").Id == closed);
    }

    [TestMethod]
    public void A_variable_with_an_unusable_value_rejects_the_mention_naming_the_variable_and_writes_nothing()
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.ReopenWindowDays, "seven").Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Send(WriteMessage.Create, Post("1")));

        Assert.AreEqual("Environment variable scrm_ReopenWindowDays has the value 'seven', which is not a whole number of days from 0 to 3650.", message);
        Assert.IsEmpty(crm.Mentions());
        Assert.IsEmpty(crm.Profiles());
    }

    [TestMethod]
    [DataRow(WriteMessage.Create, DisplayName = "Create")]
    [DataRow(WriteMessage.CreateMultiple, DisplayName = "CreateMultiple")]
    [DataRow(WriteMessage.UpsertMultiple, DisplayName = "UpsertMultiple")]
    public void Intake_and_rollups_read_every_SocialCrm_variable_in_one_query_per_operation(WriteMessage message)
    {
        using var crm = SocialCrmFixture.Start().Build();

        crm.Send(message, Post("1"), Post("2"));

        var definitionQueries = crm.Calls.Calls.Count(call => call.FromPlugin && call.MessageName == "RetrieveMultiple" && call.PrimaryEntity == "environmentvariabledefinition");
        var operations = message == WriteMessage.Create ? 2 : 1;
        Assert.AreEqual(operations, definitionQueries, "intake reads them, the rollups of the same operation take them from its shared variables");
    }
}
