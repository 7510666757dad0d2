using System;
using Microsoft.Xrm.Sdk;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Tests.Support;
using static SocialCrm.Plugins.Tests.Support.MentionBuilder;
using Api = SocialCrm.Plugins.Schema.CustomApis.ResolveSocialIdentity;

namespace SocialCrm.Plugins.Tests.Profiles;

/// <summary>
/// Issue #13, rule 1, when a Bluesky identity event (a handle change, sent to scrm_ResolveSocialIdentity) overtakes a
/// mention posted before it: newest is by when the network said it, never by arrival. Jetstream's identity event:
/// https://github.com/bluesky-social/jetstream (kind "identity", with the account's new handle).
/// </summary>
[TestClass]
public sealed class IdentityEventOrderTests
{
    private const string Did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

    private static MentionBuilder PostAs(string id, string handle, int minutesAgo) =>
        Post(id).On(SocialPlatform.Bluesky).By(Did, handle: handle).At(SocialCrmFixture.Now.AddMinutes(-minutesAgo));

    private static MentionBuilder PostSayingNoHandle(string id, int minutesAgo) =>
        Post(id).On(SocialPlatform.Bluesky).By(Did).At(SocialCrmFixture.Now.AddMinutes(-minutesAgo));

    // The handle change the worker reports when Jetstream's identity event arrives: dated by the event's own time when
    // given (AsOf), else at the clock's now.
    private static void HandleChangedTo(SocialCrmDataverse crm, string handle, DateTime? saidOn = null)
    {
        var request = new OrganizationRequest(Api.Name)
        {
            [Api.Platform] = (int)SocialPlatform.Bluesky,
            [Api.ExternalUserId] = Did,
            [Api.Handle] = handle,
        };
        if (saidOn.HasValue)
        {
            request[Api.AsOf] = saidOn.Value;
        }

        crm.Service.Execute(request);
    }

    // Alice posted as alice.bsky.social 30 minutes before she became alice.example.com; the clock is 20 minutes on.
    private static SocialCrmDataverse TwentyMinutesAfterAHandleChange()
    {
        var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq1", "alice.bsky.social", 30));
        HandleChangedTo(crm, "alice.example.com");
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddMinutes(20);
        return crm;
    }

    private static string? Handle(SocialCrmDataverse crm) => crm.Profile(Did).GetAttributeValue<string>(SocialProfileTable.Handle);

    [TestMethod]
    public void A_mention_posted_before_the_handle_change_and_arriving_after_it_keeps_the_new_handle()
    {
        using var crm = TwentyMinutesAfterAHandleChange();

        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq2", "alice.bsky.social", 10));

        Assert.AreEqual("alice.example.com", Handle(crm));
        Assert.AreEqual("@alice.example.com on Bluesky", crm.Profile(Did).GetAttributeValue<string>(SocialProfileTable.PrimaryName));
    }

    [TestMethod]
    public void A_mention_posted_after_the_handle_change_sets_the_handle_it_carries()
    {
        using var crm = TwentyMinutesAfterAHandleChange();

        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq3", "alice.example.org", -10));

        Assert.AreEqual("alice.example.org", Handle(crm));
    }

    [TestMethod]
    public void In_one_batch_an_older_mention_does_not_put_its_handle_into_a_newer_one_that_carries_none()
    {
        using var crm = TwentyMinutesAfterAHandleChange();

        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq2", "alice.bsky.social", 10), PostSayingNoHandle("3kq4", -10));

        Assert.AreEqual("alice.example.com", Handle(crm));
    }

    [TestMethod]
    public void In_one_batch_the_newest_mention_newer_than_the_change_wins()
    {
        using var crm = TwentyMinutesAfterAHandleChange();

        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq3", "alice.example.org", -10), PostAs("3kq2", "alice.bsky.social", 10));

        Assert.AreEqual("alice.example.org", Handle(crm));
    }

    [TestMethod]
    public void A_handle_change_the_network_said_before_a_post_that_reached_the_CRM_first_does_not_undo_that_posts_handle()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq5", "alice.example.org", 10));

        HandleChangedTo(crm, "alice.example.com", saidOn: SocialCrmFixture.Now.AddMinutes(-30));

        Assert.AreEqual("alice.example.org", Handle(crm));
    }

    [TestMethod]
    public void A_handle_change_dated_by_the_network_sets_the_handle_of_a_profile_whose_posts_are_older()
    {
        using var crm = SocialCrmFixture.Start().Build();
        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq1", "alice.bsky.social", 30));

        HandleChangedTo(crm, "alice.example.com", saidOn: SocialCrmFixture.Now.AddMinutes(-20));
        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq2", "alice.bsky.social", 25));

        Assert.AreEqual("alice.example.com", Handle(crm));
        Assert.AreEqual(SocialCrmFixture.Now.AddMinutes(-20), crm.Profile(Did).GetAttributeValue<DateTime>(SocialProfileTable.IdentityAsOf));
    }

    [TestMethod]
    public void A_handle_change_dated_after_the_call_counts_as_said_at_the_call_so_a_later_post_still_wins()
    {
        using var crm = SocialCrmFixture.Start().Build();

        HandleChangedTo(crm, "alice.example.com", saidOn: SocialCrmFixture.Now.AddDays(1));
        crm.Clock.UtcNow = SocialCrmFixture.Now.AddMinutes(20);
        crm.Send(WriteMessage.UpsertMultiple, PostAs("3kq3", "alice.example.org", -10));

        Assert.AreEqual("alice.example.org", Handle(crm));
    }
}
