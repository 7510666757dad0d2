using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.Plugins.Tests.Profiles;

/// <summary>
/// Issue #13: the account status a profile shows is the one the network said last, judged by the plug-in behind
/// scrm_ResolveSocialIdentity whoever calls it (the worker, a second worker, a workflow step) and in whatever order.
/// Bluesky's account event (https://github.com/bluesky-social/jetstream#example-events, kind "account") is dated by its
/// time (AsOf). The identity (handle, name) keeps its own time, so neither holds the other back.
/// </summary>
[TestClass]
public sealed class AccountStatusOrderTests
{
    private const string Did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
    private static readonly DateTime Now = SocialCrmFixture.Now;

    private static void AccountSaid(SocialCrmDataverse crm, AccountStatus status, DateTime? saidOn = null) =>
        crm.Service.Execute(Request(saidOn, (Api.AccountStatus, (int)status)));

    private static void HandleSaid(SocialCrmDataverse crm, string handle, DateTime saidOn) =>
        crm.Service.Execute(Request(saidOn, (Api.Handle, handle)));

    private static OrganizationRequest Request(DateTime? saidOn, (string Name, object Value) input)
    {
        var request = new OrganizationRequest(Api.Name) { [Api.Platform] = (int)SocialPlatform.Bluesky, [Api.ExternalUserId] = Did, [input.Name] = input.Value };
        if (saidOn.HasValue)
        {
            request[Api.AsOf] = saidOn.Value;
        }

        return request;
    }

    private static (int? Status, DateTime? AsOf) Shown(SocialCrmDataverse crm)
    {
        var profile = crm.Profile(Did);
        return (profile.GetAttributeValue<OptionSetValue>(SocialProfileTable.AccountStatus)?.Value, profile.GetAttributeValue<DateTime?>(SocialProfileTable.AccountStatusAsOf));
    }

    [TestMethod]
    public void An_account_status_the_network_said_before_the_one_the_profile_shows_is_ignored()
    {
        using var crm = SocialCrmFixture.Start().Build();
        AccountSaid(crm, AccountStatus.TakenDown, Now.AddMinutes(-10));

        AccountSaid(crm, AccountStatus.Active, Now.AddMinutes(-20));

        Assert.AreEqual(((int?)AccountStatus.TakenDown, (DateTime?)Now.AddMinutes(-10)), Shown(crm));
    }

    [TestMethod]
    public void A_newer_account_status_replaces_the_shown_one_and_its_time()
    {
        using var crm = SocialCrmFixture.Start().Build();
        AccountSaid(crm, AccountStatus.Active, Now.AddMinutes(-20));

        AccountSaid(crm, AccountStatus.Deactivated, Now.AddMinutes(-10));

        Assert.AreEqual(((int?)AccountStatus.Deactivated, (DateTime?)Now.AddMinutes(-10)), Shown(crm));
    }

    [TestMethod]
    public void Without_AsOf_an_account_status_is_dated_by_the_call_and_replaces_one_said_before()
    {
        using var crm = SocialCrmFixture.Start().Build();
        AccountSaid(crm, AccountStatus.TakenDown, Now.AddMinutes(-10));

        AccountSaid(crm, AccountStatus.Active);

        Assert.AreEqual(((int?)AccountStatus.Active, (DateTime?)Now), Shown(crm));
    }

    [TestMethod]
    public void A_handle_change_said_later_does_not_hold_back_a_newer_account_status()
    {
        using var crm = SocialCrmFixture.Start().Build();
        AccountSaid(crm, AccountStatus.Active, Now.AddMinutes(-30));
        HandleSaid(crm, "alice.example.com", Now.AddMinutes(-5));

        AccountSaid(crm, AccountStatus.Suspended, Now.AddMinutes(-10));

        Assert.AreEqual(((int?)AccountStatus.Suspended, (DateTime?)Now.AddMinutes(-10)), Shown(crm));
        Assert.AreEqual("alice.example.com", crm.Profile(Did).GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual(Now.AddMinutes(-5), crm.Profile(Did).GetAttributeValue<DateTime>(SocialProfileTable.IdentityAsOf));
    }

    [TestMethod]
    public void An_account_event_that_creates_the_profile_does_not_date_its_identity_so_a_later_handle_change_still_wins()
    {
        using var crm = SocialCrmFixture.Start().Build();
        AccountSaid(crm, AccountStatus.TakenDown, Now.AddMinutes(-5));
        crm.Send(WriteMessage.UpsertMultiple, Post("3kq1").On(SocialPlatform.Bluesky).By(Did, handle: "alice.bsky.social").At(Now.AddMinutes(-30)));

        HandleSaid(crm, "alice.example.com", Now.AddMinutes(-20));

        Assert.AreEqual("alice.example.com", crm.Profile(Did).GetAttributeValue<string>(SocialProfileTable.Handle));
        Assert.AreEqual(Now.AddMinutes(-20), crm.Profile(Did).GetAttributeValue<DateTime>(SocialProfileTable.IdentityAsOf));
        Assert.AreEqual(((int?)AccountStatus.TakenDown, (DateTime?)Now.AddMinutes(-5)), Shown(crm));
    }
}
