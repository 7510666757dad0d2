using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Identity;

[TestClass]
public sealed class IdentityResolverTests
{
    private static readonly Guid ProfileId = new Guid("11111111-1111-1111-1111-111111111111");
    private static readonly Guid ContactA = new Guid("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    private static readonly Guid ContactB = new Guid("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");

    private static readonly IdentityResolver Resolver = new IdentityResolver(autoCreateContacts: false);
    private static readonly IdentityResolver CreatingResolver = new IdentityResolver(autoCreateContacts: true);

    [TestMethod]
    public void New_author_creates_a_profile_with_every_given_column()
    {
        var author = new MentionAuthor("44", "@Jane", "Jane Doe", "Jane@Example.com", 120, true);

        var decision = Resolver.Decide(SocialPlatform.X, author, null, NoEmails, NoHandles);

        Assert.AreEqual(ProfileAction.Create, decision.Action);
        Assert.AreEqual("@jane on X", decision.Profile.Name);
        Assert.AreEqual("jane", decision.Profile.Handle);
        Assert.AreEqual("jane@example.com", decision.Profile.Email);
        Assert.AreEqual(120, decision.Profile.Followers);
        Assert.IsTrue(decision.Profile.Verified);
        CollectionAssert.AreEquivalent(
            new[]
            {
                SocialProfileTable.PrimaryName, SocialProfileTable.Platform, SocialProfileTable.ExternalUserId, SocialProfileTable.Verified,
                SocialProfileTable.Handle, SocialProfileTable.DisplayName, SocialProfileTable.Email, SocialProfileTable.Followers,
                SocialProfileTable.LinkMethod, SocialProfileTable.LinkConfidence,
            },
            decision.ChangedColumns.ToList());
        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.AreEqual(LinkMethod.NotLinked, decision.LinkMethod);
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, "jane", "Jane Doe", "@jane on X", DisplayName = "handle first")]
    [DataRow(SocialPlatform.Blog, null, "Jane Doe", "Jane Doe on Blog", DisplayName = "else display name")]
    [DataRow(SocialPlatform.Other, null, null, "user 44 on Other", DisplayName = "else external id")]
    public void Profile_name_says_who_on_which_network(SocialPlatform platform, string? handle, string? displayName, string expected)
    {
        var decision = Resolver.Decide(platform, new MentionAuthor("44", handle, displayName), null, NoEmails, NoHandles);

        Assert.AreEqual(expected, decision.Profile.Name);
    }

    [TestMethod]
    public void Author_as_stored_leaves_the_profile_unchanged()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "@JANE", "Jane Doe", null, 120, false), Existing(), NoEmails, NoHandles);

        Assert.AreEqual(ProfileAction.Unchanged, decision.Action);
        Assert.IsEmpty(decision.ChangedColumns);
    }

    [TestMethod]
    public void Values_the_source_does_not_give_never_erase_stored_ones()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44"), Existing(email: "jane@example.com"), NoEmails, NoHandles);

        Assert.AreEqual(ProfileAction.Unchanged, decision.Action);
        Assert.AreEqual("jane", decision.Profile.Handle);
        Assert.AreEqual("Jane Doe", decision.Profile.DisplayName);
        Assert.AreEqual("jane@example.com", decision.Profile.Email);
        Assert.AreEqual(120, decision.Profile.Followers);
    }

    [TestMethod]
    [DataRow("handle", new[] { SocialProfileTable.PrimaryName, SocialProfileTable.Handle }, DisplayName = "handle (and so the name)")]
    [DataRow("displayname", new[] { SocialProfileTable.PrimaryName, SocialProfileTable.DisplayName }, DisplayName = "display name (and so the name)")]
    [DataRow("email", new[] { SocialProfileTable.Email }, DisplayName = "e-mail")]
    [DataRow("followers", new[] { SocialProfileTable.Followers }, DisplayName = "followers")]
    [DataRow("verified", new[] { SocialProfileTable.Verified }, DisplayName = "verified")]
    public void Changed_author_value_updates_only_its_columns(string changed, string[] expectedColumns)
    {
        var author = new MentionAuthor(
            "44",
            changed == "handle" ? "@jane_new" : "jane",
            changed == "displayname" ? "Jane Smith" : "Jane Doe",
            changed == "email" ? "jane@example.org" : null,
            changed == "followers" ? 121 : 120,
            changed == "verified");

        var decision = Resolver.Decide(SocialPlatform.X, author, Existing(), NoEmails, NoHandles);

        Assert.AreEqual(ProfileAction.Update, decision.Action);
        CollectionAssert.AreEqual(expectedColumns, decision.ChangedColumns.ToList());
    }

    [TestMethod]
    public void Existing_profile_of_another_account_is_refused()
    {
        Assert.ThrowsExactly<ArgumentException>(() =>
            Resolver.Decide(SocialPlatform.Instagram, new MentionAuthor("44"), Existing(), NoEmails, NoHandles));
        Assert.ThrowsExactly<ArgumentException>(() =>
            Resolver.Decide(SocialPlatform.X, new MentionAuthor("45"), Existing(), NoEmails, NoHandles));
    }

    [TestMethod]
    [DataRow("jane@example.com", DisplayName = "same spelling")]
    [DataRow(" Jane@Example.COM ", DisplayName = "other case and spaces")]
    public void Contact_with_the_exact_email_links_with_full_confidence(string contactEmail)
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", email: "jane@example.com"), null,
            new[] { new ContactEmailMatch(ContactA, contactEmail) }, NoHandles);

        Assert.AreEqual(LinkOutcome.LinkToContact, decision.Link);
        Assert.AreEqual(ContactA, decision.ContactId);
        Assert.AreEqual(LinkMethod.ExactEmail, decision.LinkMethod);
        Assert.AreEqual(100, decision.LinkConfidence);
        Assert.AreEqual($"Contact {ContactA} has the e-mail address jane@example.com.", decision.LinkReason);
        CollectionAssert.IsSubsetOf(
            new[] { SocialProfileTable.Contact, SocialProfileTable.LinkMethod, SocialProfileTable.LinkConfidence },
            decision.ChangedColumns.ToList());
    }

    [TestMethod]
    public void Contact_whose_email_only_resembles_the_authors_is_no_evidence()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", email: "jane@example.com"), null,
            new[] { new ContactEmailMatch(ContactA, "jane@example.co") }, NoHandles);

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
    }

    [TestMethod]
    public void Email_already_on_the_profile_is_matched_when_the_mention_has_none()
    {
        var existing = Existing(email: "jane@example.com");
        var author = new MentionAuthor("44", "jane");

        var decision = Resolver.Decide(SocialPlatform.X, author, existing, new[] { new ContactEmailMatch(ContactA, "jane@example.com") }, NoHandles);

        Assert.AreEqual("jane@example.com", IdentityResolver.EmailToMatch(author, existing));
        Assert.AreEqual(LinkOutcome.LinkToContact, decision.Link);
        Assert.AreEqual(ContactA, decision.ContactId);
        Assert.AreEqual(ProfileAction.Update, decision.Action);
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, SocialPlatform.Instagram, DisplayName = "X author, Instagram profile")]
    [DataRow(SocialPlatform.Instagram, SocialPlatform.Facebook, DisplayName = "Instagram author, Facebook profile")]
    [DataRow(SocialPlatform.Facebook, SocialPlatform.LinkedIn, DisplayName = "Facebook author, LinkedIn profile")]
    [DataRow(SocialPlatform.LinkedIn, SocialPlatform.YouTube, DisplayName = "LinkedIn author, YouTube profile")]
    public void Contact_owning_the_same_handle_on_another_linked_network_links_with_80(SocialPlatform platform, SocialPlatform other)
    {
        var decision = Resolver.Decide(platform, new MentionAuthor("44", "@Jane.Doe"), null, NoEmails,
            new[] { new ContactHandleMatch(ContactA, other, "jane.doe") });

        Assert.AreEqual(LinkOutcome.LinkToContact, decision.Link);
        Assert.AreEqual(ContactA, decision.ContactId);
        Assert.AreEqual(LinkMethod.SameHandleOnLinkedNetwork, decision.LinkMethod);
        Assert.AreEqual(80, decision.LinkConfidence);
        Assert.AreEqual($"Contact {ContactA} has the handle @jane.doe on {other}.", decision.LinkReason);
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, SocialPlatform.X, DisplayName = "same network: another account that once had the handle")]
    [DataRow(SocialPlatform.X, SocialPlatform.Blog, DisplayName = "blog names are no identity")]
    [DataRow(SocialPlatform.Blog, SocialPlatform.X, DisplayName = "a blog author's name matches nobody")]
    [DataRow(SocialPlatform.Other, SocialPlatform.Instagram, DisplayName = "other is not linked")]
    public void Same_handle_outside_two_different_linked_networks_is_no_evidence(SocialPlatform platform, SocialPlatform other)
    {
        var decision = Resolver.Decide(platform, new MentionAuthor("44", "jane"), null, NoEmails,
            new[] { new ContactHandleMatch(ContactA, other, "jane") });

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.IsNull(decision.ContactId);
    }

    [TestMethod]
    public void Email_and_handle_naming_the_same_contact_link_by_email()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", email: "jane@example.com"), null,
            new[] { new ContactEmailMatch(ContactA, "jane@example.com") },
            new[] { new ContactHandleMatch(ContactA, SocialPlatform.Instagram, "jane") });

        Assert.AreEqual(ContactA, decision.ContactId);
        Assert.AreEqual(LinkMethod.ExactEmail, decision.LinkMethod);
        Assert.AreEqual(100, decision.LinkConfidence);
    }

    [TestMethod]
    public void Two_contacts_sharing_the_email_link_to_none_and_say_why()
    {
        var decision = CreatingResolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", "Jane Doe", "jane@example.com"), null,
            new[] { new ContactEmailMatch(ContactA, "jane@example.com"), new ContactEmailMatch(ContactB, "jane@example.com") },
            NoHandles);

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.IsNull(decision.ContactId);
        Assert.IsNull(decision.NewContact, "ambiguous evidence never creates a third contact");
        Assert.AreEqual(
            $"Ambiguous: e-mail address jane@example.com belongs to contacts {ContactA}, {ContactB}. Linked to none; link the right contact by hand.",
            decision.LinkReason);
    }

    [TestMethod]
    public void Email_and_handle_naming_different_contacts_link_to_none()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", email: "jane@example.com"), null,
            new[] { new ContactEmailMatch(ContactA, "jane@example.com") },
            new[] { new ContactHandleMatch(ContactB, SocialPlatform.Instagram, "jane") });

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.AreEqual(
            $"Ambiguous: e-mail address jane@example.com belongs to contacts {ContactA}; handle @jane on a linked network belongs to contacts {ContactB}. Linked to none; link the right contact by hand.",
            decision.LinkReason);
    }

    [TestMethod]
    public void Same_contact_found_twice_is_not_ambiguous()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane"), null, NoEmails,
            new[] { new ContactHandleMatch(ContactA, SocialPlatform.Instagram, "jane"), new ContactHandleMatch(ContactA, SocialPlatform.Facebook, "jane") });

        Assert.AreEqual(ContactA, decision.ContactId);
        Assert.AreEqual($"Contact {ContactA} has the handle @jane on Instagram, Facebook.", decision.LinkReason);
    }

    [TestMethod]
    public void A_name_alone_never_links()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane_d", "Jane Doe"), null, NoEmails,
            new[] { new ContactHandleMatch(ContactA, SocialPlatform.Instagram, "janedoe") });

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.AreEqual("No contact has the handle @jane_d on another linked network. A name alone never links.", decision.LinkReason);
    }

    [TestMethod]
    public void Existing_link_is_kept_whatever_the_evidence_says()
    {
        var existing = Existing(contactId: ContactB, linkMethod: LinkMethod.Manual, linkConfidence: 100);

        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", email: "jane@example.com"), existing,
            new[] { new ContactEmailMatch(ContactA, "jane@example.com") }, NoHandles);

        Assert.AreEqual(LinkOutcome.KeepExisting, decision.Link);
        Assert.AreEqual(ContactB, decision.ContactId);
        Assert.AreEqual(LinkMethod.Manual, decision.LinkMethod);
        CollectionAssert.DoesNotContain(decision.ChangedColumns.ToList(), SocialProfileTable.Contact);
        CollectionAssert.DoesNotContain(decision.ChangedColumns.ToList(), SocialProfileTable.LinkMethod);
    }

    [TestMethod]
    public void Stale_link_method_without_a_contact_is_cleared()
    {
        var existing = Existing(linkMethod: LinkMethod.ExactEmail, linkConfidence: 100);

        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane"), existing, NoEmails, NoHandles);

        Assert.AreEqual(ProfileAction.Update, decision.Action);
        Assert.AreEqual(LinkMethod.NotLinked, decision.LinkMethod);
        Assert.AreEqual(0, decision.LinkConfidence);
        CollectionAssert.AreEqual(new[] { SocialProfileTable.LinkMethod, SocialProfileTable.LinkConfidence }, decision.ChangedColumns.ToList());
    }

    [TestMethod]
    public void Blocked_profile_is_never_linked_nor_given_a_contact_and_may_not_escalate()
    {
        var decision = CreatingResolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", "Jane Doe", "jane@example.com"),
            Existing(blocked: true), new[] { new ContactEmailMatch(ContactA, "jane@example.com") }, NoHandles);

        Assert.IsTrue(decision.Blocked);
        Assert.IsFalse(decision.MayEscalate);
        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.IsNull(decision.NewContact);
        Assert.AreEqual("The profile is blocked: blocked profiles are never linked to a contact.", decision.LinkReason);
    }

    [TestMethod]
    public void Unblocked_profile_may_escalate()
    {
        Assert.IsTrue(Resolver.Decide(SocialPlatform.X, new MentionAuthor("44"), Existing(), NoEmails, NoHandles).MayEscalate);
        Assert.IsTrue(Resolver.Decide(SocialPlatform.X, new MentionAuthor("44"), null, NoEmails, NoHandles).MayEscalate);
    }

    [TestMethod]
    [DataRow("Ada King Lovelace", "ada@example.com", "Ada King", "Lovelace", DisplayName = "last word is the last name")]
    [DataRow("Cher", null, null, "Cher", DisplayName = "one word is the last name")]
    [DataRow(null, "jane.doe@example.com", null, "jane.doe", DisplayName = "e-mail only: its local part")]
    public void Unmatched_person_gets_a_new_contact_when_auto_create_is_on(string? displayName, string? email, string? firstName, string lastName)
    {
        var decision = CreatingResolver.Decide(SocialPlatform.X, new MentionAuthor("44", "someone", displayName, email), null, NoEmails, NoHandles);

        Assert.AreEqual(LinkOutcome.CreateContact, decision.Link);
        Assert.IsNull(decision.ContactId, "the contact does not exist yet");
        Assert.AreEqual(LinkMethod.CreatedContact, decision.LinkMethod);
        Assert.AreEqual(100, decision.LinkConfidence);
        Assert.IsNotNull(decision.NewContact);
        Assert.AreEqual(firstName, decision.NewContact.FirstName);
        Assert.AreEqual(lastName, decision.NewContact.LastName);
        Assert.AreEqual(email, decision.NewContact.Email);
        CollectionAssert.Contains(decision.ChangedColumns.ToList(), SocialProfileTable.Contact);
    }

    [TestMethod]
    public void New_contact_names_fit_the_contact_columns()
    {
        var longWord = new string('x', 80);

        var contact = CreatingResolver.Decide(SocialPlatform.X, new MentionAuthor("44", displayName: longWord + " " + longWord), null, NoEmails, NoHandles).NewContact!;

        Assert.IsLessThanOrEqualTo(StandardTables.Contact.FirstNameLength, contact.FirstName!.Length);
        Assert.IsLessThanOrEqualTo(StandardTables.Contact.LastNameLength, contact.LastName.Length);
    }

    [TestMethod]
    public void No_contact_is_created_without_a_name_or_email()
    {
        var decision = CreatingResolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane"), null, NoEmails, NoHandles);

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.IsNull(decision.NewContact);
        Assert.AreEqual("No contact has the handle @jane on another linked network. No name or e-mail address to create a contact from.", decision.LinkReason);
    }

    [TestMethod]
    public void No_contact_is_created_when_auto_create_is_off()
    {
        var decision = Resolver.Decide(SocialPlatform.X, new MentionAuthor("44", "jane", "Jane Doe", "jane@example.com"), null, NoEmails, NoHandles);

        Assert.AreEqual(LinkOutcome.NotLinked, decision.Link);
        Assert.IsNull(decision.NewContact);
    }

    private static ContactEmailMatch[] NoEmails => Array.Empty<ContactEmailMatch>();

    private static ContactHandleMatch[] NoHandles => Array.Empty<ContactHandleMatch>();

    private static ExistingProfile Existing(
        string? email = null,
        Guid? contactId = null,
        LinkMethod linkMethod = LinkMethod.NotLinked,
        int? linkConfidence = null,
        bool blocked = false) =>
        new ExistingProfile(ProfileId, SocialPlatform.X, "44", "jane", "Jane Doe", email, 120, false, contactId, linkMethod, linkConfidence, blocked);
}
