using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.GetConversationSummary;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class GetConversationSummaryApiTests
{
    [TestMethod]
    public void Summarises_the_conversations_figures_and_its_latest_mention()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple,
            Post("1").InThread("t").Saying("First!").At(SocialCrmFixture.Now.AddHours(-3)),
            Post("3").InThread("t").Saying("The latest words").At(SocialCrmFixture.Now.AddHours(-1)),
            Post("2").InThread("t").Saying("Second").At(SocialCrmFixture.Now.AddHours(-2)));
        var conversation = crm.ConversationOf("1");

        var response = crm.Service.Execute(Request(conversation.Id));

        Assert.AreEqual(3, response[Api.MentionCount]);
        Assert.AreEqual(conversation.GetAttributeValue<decimal>(ConversationTable.AverageSentiment), response[Api.AverageSentiment]);
        Assert.AreEqual(SocialCrmFixture.Now.AddHours(-1), response[Api.LastMentionOn]);
        Assert.AreEqual("The latest words", response[Api.LastText]);
        Assert.IsFalse(response.Results.Contains(Api.Case));
    }

    [TestMethod]
    public void Includes_the_case_once_the_conversation_is_escalated()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.SetVariable(EnvironmentVariables.FallbackCaseAccountId, crm.CreateAccount("Social care").ToString());
        crm.Send(WriteMessage.Create, Post("1").Saying("This is the worst service ever. Absolutely terrible!"));
        var conversation = crm.ConversationOf("1");

        var response = crm.Service.Execute(Request(conversation.Id));

        Assert.AreEqual(conversation.GetAttributeValue<EntityReference>(ConversationTable.Case).Id, ((EntityReference)response[Api.Case]).Id);
    }

    [TestMethod]
    public void A_conversation_that_does_not_exist_is_rejected()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var missing = Guid.NewGuid();

        var message = SocialCrmDataverse.Rejection(() => crm.Service.Execute(Request(missing)));

        Assert.AreEqual($"scrm_conversation {missing} does not exist.", message);
    }

    private static OrganizationRequest Request(Guid conversation) =>
        new(Api.Name) { [Api.Conversation] = new EntityReference(ConversationTable.LogicalName, conversation) };
}
