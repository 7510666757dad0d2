using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Contact = SocialCrm.Plugins.Schema.StandardTables.Contact;

namespace SocialCrm.Plugins.Tests.Profiles;

/// <summary>A social identity belongs to a contact the CRM already knows when the evidence is strong, never by name alone.</summary>
[TestClass]
public sealed class ContactLinkingTests
{
    [TestMethod]
    public void An_author_with_a_contacts_e_mail_address_is_linked_to_that_contact_and_so_is_the_conversation()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var contact = crm.CreateContact("Lee", "Ann.Lee@Example.com", "Ann");

        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "annlee").Email("ann.lee@example.com"));

        var profile = crm.Profile("u1");
        Assert.AreEqual(contact, profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual((int)LinkMethod.ExactEmail, profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
        Assert.AreEqual(100, profile.GetAttributeValue<int>(SocialProfileTable.LinkConfidence));
        Assert.AreEqual(contact, crm.ConversationOf("1").GetAttributeValue<EntityReference>(ConversationTable.Contact).Id);
    }

    [TestMethod]
    public void When_a_known_author_is_linked_later_their_open_conversations_follow_them_to_the_contact()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("a").By("u1").InThread("a"), Post("b").By("u1").InThread("b"));
        crm.Close(crm.ConversationOf("b").Id, SocialCrmFixture.Now);
        var contact = crm.CreateContact("Lee", "ann@example.com");

        crm.Send(WriteMessage.Create, Post("c").By("u1").InThread("c").Email("ann@example.com"));

        Assert.AreEqual(contact, crm.ConversationOf("a").GetAttributeValue<EntityReference>(ConversationTable.Contact)?.Id);
        Assert.AreEqual(contact, crm.ConversationOf("c").GetAttributeValue<EntityReference>(ConversationTable.Contact)?.Id);
        Assert.IsNull(crm.ConversationOf("b").GetAttributeValue<EntityReference>(ConversationTable.Contact));
    }

    [TestMethod]
    public void A_stranger_complaining_in_a_conversation_whose_starter_the_same_batch_links_opens_the_case_for_that_contact()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, Post("a").By("u1").InThread("a").Saying("Hello there"));
        var contact = crm.CreateContact("Lee", "ann@example.com");

        // u1 is linked by e-mail, so conversation "a" moves to the contact; u2 has no contact, so the case for their
        // complaint goes to the conversation's contact, as it stands after the move.
        crm.Send(WriteMessage.UpsertMultiple,
            Post("b").By("u1").InThread("a").Email("ann@example.com").Saying("Hello again"),
            Post("c").By("u2").InThread("a").Saying("This is the worst service ever. Absolutely terrible!"));

        Assert.AreEqual(contact, crm.ConversationOf("a").GetAttributeValue<EntityReference>(ConversationTable.Contact)?.Id);
        Assert.AreEqual(contact, crm.Cases().Single().GetAttributeValue<EntityReference>(StandardTables.Incident.Customer).Id);
    }

    [TestMethod]
    public void The_same_handle_on_another_linked_network_links_to_the_contact_of_that_profile()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var contact = crm.CreateContact("Lee", "ann@example.com");
        crm.Send(WriteMessage.Create, Post("ig1").On(SocialPlatform.Instagram).By("ig-7", "annlee").Email("ann@example.com"));

        crm.Send(WriteMessage.Create, Post("x1").By("x-9", "@AnnLee"));

        var profile = crm.Profile("x-9");
        Assert.AreEqual(contact, profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual((int)LinkMethod.SameHandleOnLinkedNetwork, profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
        Assert.AreEqual(80, profile.GetAttributeValue<int>(SocialProfileTable.LinkConfidence));
    }

    [TestMethod]
    public void The_same_handle_on_a_blog_is_no_evidence()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.CreateContact("Lee", "ann@example.com");
        crm.Send(WriteMessage.Create, Post("ig1").On(SocialPlatform.Instagram).By("ig-7", "annlee").Email("ann@example.com"));

        crm.Send(WriteMessage.Create, Post("b1").On(SocialPlatform.Blog).By("blog-3", "annlee"));

        Assert.IsNull(crm.Profile("blog-3").GetAttributeValue<EntityReference>(SocialProfileTable.Contact));
    }

    [TestMethod]
    public void An_author_whose_name_matches_a_contact_is_never_linked_by_the_name()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.CreateContact("Lee", firstName: "Ann");

        crm.Send(WriteMessage.Create, Post("1").By("u1", "someone", "Ann Lee"));

        var profile = crm.Profile("u1");
        Assert.IsNull(profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact));
        Assert.AreEqual((int)LinkMethod.NotLinked, profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
        Assert.HasCount(1, crm.Contacts());
    }

    [TestMethod]
    public void With_auto_create_on_a_new_person_gets_a_contact_from_their_name_and_e_mail()
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.AutoCreateContacts, "yes").Build();

        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann", "Ann Marie Lee").Email("ann@example.com"));

        var contact = crm.Contacts().Single();
        Assert.AreEqual("Ann Marie", contact.GetAttributeValue<string>(Contact.FirstName));
        Assert.AreEqual("Lee", contact.GetAttributeValue<string>(Contact.LastName));
        Assert.AreEqual("ann@example.com", contact.GetAttributeValue<string>(Contact.Email));
        var profile = crm.Profile("u1");
        Assert.AreEqual(contact.Id, profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual((int)LinkMethod.CreatedContact, profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
    }

    [TestMethod]
    public void With_auto_create_off_a_new_person_gets_no_contact()
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.AutoCreateContacts, "no").Build();

        crm.Send(WriteMessage.UpsertMultiple, Post("1").By("u1", "ann", "Ann Lee").Email("ann@example.com"));

        Assert.IsEmpty(crm.Contacts());
        Assert.IsNull(crm.Profile("u1").GetAttributeValue<EntityReference>(SocialProfileTable.Contact));
    }

    [TestMethod]
    public void Two_new_authors_of_one_batch_with_one_e_mail_address_share_one_created_contact()
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.AutoCreateContacts, "yes").Build();

        crm.Send(WriteMessage.UpsertMultiple,
            Post("1").By("x-1", "ann", "Ann Lee").Email("ann@example.com"),
            Post("2").On(SocialPlatform.Facebook).By("fb-1", "ann.lee", "Ann Lee").Email("ann@example.com"));

        var contact = crm.Contacts().Single();
        Assert.IsTrue(crm.Profiles().All(profile => profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id == contact.Id));
    }

    [TestMethod]
    public void The_brands_own_outbound_account_never_gets_a_contact_even_with_auto_create_on()
    {
        using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.AutoCreateContacts, "yes").Build();
        crm.Send(WriteMessage.Create, Post("1").By("u1", "ann"));
        var conversation = crm.ConversationOf("1").Id;

        crm.Send(WriteMessage.Create, Post("2").By("brand", "ourbrand", "Our Brand").Outbound(conversation));

        Assert.IsNull(crm.Profile("brand").GetAttributeValue<EntityReference>(SocialProfileTable.Contact));
        Assert.IsEmpty(crm.Contacts());
    }

    [TestMethod]
    public void Intake_never_changes_a_link_an_agent_made()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var chosen = crm.CreateContact("Chosen");
        crm.CreateContact("Other", "ann@example.com");
        crm.Send(WriteMessage.Create, Post("1").By("u1"));
        var profile = crm.Profile("u1").Id;
        crm.Service.Update(new Entity(SocialProfileTable.LogicalName, profile)
        {
            [SocialProfileTable.Contact] = new EntityReference(Contact.LogicalName, chosen),
            [SocialProfileTable.LinkMethod] = new OptionSetValue((int)LinkMethod.Manual),
        });

        crm.Send(WriteMessage.Create, Post("2").By("u1").Email("ann@example.com"));

        Assert.AreEqual(chosen, crm.Profile("u1").GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id);
        Assert.AreEqual("ann@example.com", crm.Profile("u1").GetAttributeValue<string>(SocialProfileTable.Email));
    }
}
