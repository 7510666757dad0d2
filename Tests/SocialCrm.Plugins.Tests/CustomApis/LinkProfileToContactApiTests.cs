using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.LinkProfileToContact;
using Contact = SocialCrm.Plugins.Schema.StandardTables.Contact;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class LinkProfileToContactApiTests
{
    [TestMethod]
    public void Links_the_profile_by_hand_and_moves_its_open_conversations_to_the_contact()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("a").By("u1").InThread("a"), Post("b").By("u1").InThread("b"), Post("c").By("u1").InThread("c"));
        var closed = crm.ConversationOf("c").Id;
        crm.Close(closed, SocialCrmFixture.Now);
        var contact = crm.CreateContact("Lee");

        var response = crm.Service.Execute(Request(crm.Profile("u1").Id, contact));

        Assert.AreEqual(2, response[Api.ConversationsMoved]);
        Assert.AreEqual(contact, crm.ConversationOf("a").GetAttributeValue<EntityReference>(ConversationTable.Contact).Id);
        Assert.AreEqual(contact, crm.ConversationOf("b").GetAttributeValue<EntityReference>(ConversationTable.Contact).Id);
        Assert.IsNull(crm.Get(ConversationTable.LogicalName, closed).GetAttributeValue<EntityReference>(ConversationTable.Contact));
        var profile = crm.Profile("u1");
        Assert.AreEqual(contact, profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual((int)LinkMethod.Manual, profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
        Assert.AreEqual(100, profile.GetAttributeValue<int>(SocialProfileTable.LinkConfidence));
    }

    [TestMethod]
    public void Linking_again_to_the_same_contact_moves_nothing()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("a").By("u1"));
        var contact = crm.CreateContact("Lee");
        crm.Service.Execute(Request(crm.Profile("u1").Id, contact));

        var response = crm.Service.Execute(Request(crm.Profile("u1").Id, contact));

        Assert.AreEqual(0, response[Api.ConversationsMoved]);
    }

    [TestMethod]
    public void A_contact_that_does_not_exist_is_rejected_and_the_profile_stays_unlinked()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, Post("a").By("u1"));
        var missing = Guid.NewGuid();

        var message = SocialCrmDataverse.Rejection(() => crm.Service.Execute(Request(crm.Profile("u1").Id, missing)));

        Assert.AreEqual($"contact {missing} does not exist.", message);
        Assert.IsNull(crm.Profile("u1").GetAttributeValue<EntityReference>(SocialProfileTable.Contact));
    }

    private static OrganizationRequest Request(Guid profile, Guid contact) =>
        new(Api.Name)
        {
            [Api.Profile] = new EntityReference(SocialProfileTable.LogicalName, profile),
            [Api.Contact] = new EntityReference(Contact.LogicalName, contact),
        };
}
