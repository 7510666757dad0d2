using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.Plugins.Tests.CustomApis;

[TestClass]
public sealed class ResolveSocialIdentityApiTests
{
    [TestMethod]
    public void Creates_a_profile_the_first_time_and_finds_the_same_one_the_second_time()
    {
        using var crm = SocialCrmFixture.Start().Build();

        var first = crm.Service.Execute(Request(SocialPlatform.X, "u1", handle: "@Ann"));
        var second = crm.Service.Execute(Request(SocialPlatform.X, " u1 "));

        Assert.IsTrue((bool)first[Api.Created]);
        Assert.IsFalse((bool)second[Api.Created]);
        Assert.AreEqual(((EntityReference)first[Api.Profile]).Id, ((EntityReference)second[Api.Profile]).Id);
        var profile = crm.Profiles().Single();
        Assert.AreEqual("ann", profile.GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual("@ann on X", profile.GetAttributeValue<string>(SocialProfileTable.PrimaryName));
        Assert.IsFalse(second.Results.Contains(Api.Contact));
    }

    [TestMethod]
    public void Links_the_profile_to_the_contact_with_the_e_mail_address_and_returns_the_contact()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var contact = crm.CreateContact("Lee", "ann@example.com");

        var response = crm.Service.Execute(Request(SocialPlatform.LinkedIn, "li-1", email: "ANN@example.com"));

        Assert.AreEqual(contact, ((EntityReference)response[Api.Contact]).Id);
        Assert.AreEqual((int)LinkMethod.ExactEmail, crm.Profile("li-1").GetAttributeValue<OptionSetValue>(SocialProfileTable.LinkMethod).Value);
    }

    [TestMethod]
    public void Resolves_the_profile_mention_intake_created_for_the_same_person()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.Create, MentionBuilder.Post("1").By("u1"));

        var response = crm.Service.Execute(Request(SocialPlatform.X, "U1"));

        Assert.IsFalse((bool)response[Api.Created]);
        Assert.AreEqual(crm.Profile("u1").Id, ((EntityReference)response[Api.Profile]).Id);
    }

    [TestMethod]
    [DataRow(42, "u1", "Platform is not a known network: 42", DisplayName = "An unknown platform")]
    [DataRow((int)SocialPlatform.X, "   ", "ExternalUserId is required", DisplayName = "A blank external user id")]
    public void Rejects_bad_input_naming_the_parameter_and_creates_nothing(int platform, string externalUserId, string expected)
    {
        using var crm = SocialCrmFixture.Start().Build();

        var message = SocialCrmDataverse.Rejection(() => crm.Service.Execute(new OrganizationRequest(Api.Name)
        {
            [Api.Platform] = platform,
            [Api.ExternalUserId] = externalUserId,
        }));

        StringAssert.Contains(message, expected);
        Assert.IsEmpty(crm.Profiles());
    }

    /// <summary>Issue #13: a Bluesky account event (deactivated, taken down… and back) reaches the person's profile and
    /// leaves what it does not say (handle, name) as it was.</summary>
    [TestMethod]
    public void An_account_status_given_shows_on_the_profile_and_a_later_one_replaces_it_keeping_the_handle()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Service.Execute(Request(SocialPlatform.Bluesky, "did:plc:ewvi7nxzyoun6zhxrhs64oiz", handle: "alice.bsky.social"));

        var request = Request(SocialPlatform.Bluesky, "did:plc:ewvi7nxzyoun6zhxrhs64oiz");
        request[Api.AccountStatus] = (int)AccountStatus.TakenDown;
        crm.Service.Execute(request);
        var takenDown = crm.Profile("did:plc:ewvi7nxzyoun6zhxrhs64oiz");
        request[Api.AccountStatus] = (int)AccountStatus.Active;
        crm.Service.Execute(request);

        Assert.AreEqual((int)AccountStatus.TakenDown, takenDown.GetAttributeValue<OptionSetValue>(SocialProfileTable.AccountStatus).Value);
        Assert.AreEqual((int)AccountStatus.Active, crm.Profile("did:plc:ewvi7nxzyoun6zhxrhs64oiz").GetAttributeValue<OptionSetValue>(SocialProfileTable.AccountStatus).Value);
        Assert.AreEqual("alice.bsky.social", crm.Profile("did:plc:ewvi7nxzyoun6zhxrhs64oiz").GetAttributeValue<string>(SocialProfileTable.Handle));
    }

    [TestMethod]
    public void An_account_status_that_is_no_scrm_accountstatus_value_is_rejected_by_name_and_creates_nothing()
    {
        using var crm = SocialCrmFixture.Start().Build();
        var request = Request(SocialPlatform.Bluesky, "did:plc:ewvi7nxzyoun6zhxrhs64oiz");
        request[Api.AccountStatus] = 7;

        var message = SocialCrmDataverse.Rejection(() => crm.Service.Execute(request));

        StringAssert.Contains(message, "AccountStatus must be a scrm_accountstatus value");
        Assert.IsEmpty(crm.Profiles());
    }

    private static OrganizationRequest Request(SocialPlatform platform, string externalUserId, string? handle = null, string? email = null)
    {
        var request = new OrganizationRequest(Api.Name) { [Api.Platform] = (int)platform, [Api.ExternalUserId] = externalUserId };
        if (handle != null)
        {
            request[Api.Handle] = handle;
        }

        if (email != null)
        {
            request[Api.Email] = email;
        }

        return request;
    }
}
