using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Mentions.Tests;

/// <summary>The field rules both edges apply: the worker before queueing, the plug-ins before writing.</summary>
[TestClass]
public sealed class MentionRulesTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    [DataRow("jane@example.com", DisplayName = "plain address")]
    [DataRow("jane.doe+social@mail.example.co.uk", DisplayName = "dots, plus and sub-domains")]
    public void An_e_mail_address_with_one_at_sign_between_two_parts_is_accepted(string email)
    {
        Assert.IsNull(MentionRules.AuthorEmail(email));
    }

    [TestMethod]
    [DataRow("jane", DisplayName = "no @")]
    [DataRow("@example.com", DisplayName = "nothing before @")]
    [DataRow("jane@", DisplayName = "nothing after @")]
    [DataRow("jane@doe@example.com", DisplayName = "two @")]
    [DataRow("jane doe@example.com", DisplayName = "a space")]
    public void A_value_that_is_not_shaped_like_an_e_mail_address_is_refused_quoting_it(string email)
    {
        Assert.AreEqual($"is not an e-mail address: '{email}'", MentionRules.AuthorEmail(email));
    }

    [TestMethod]
    public void An_e_mail_address_over_the_column_length_is_refused_for_its_length_first()
    {
        var email = new string('a', MentionTable.AuthorEmailLength) + "@x.io";

        Assert.AreEqual($"is too long: {email.Length} characters, the limit is {MentionTable.AuthorEmailLength}", MentionRules.AuthorEmail(email));
    }

    [TestMethod]
    [DataRow("https://x.com/jane/status/1", DisplayName = "https")]
    [DataRow("http://blog.example.com/post?id=1", DisplayName = "http")]
    public void A_web_address_is_a_post_url(string url)
    {
        Assert.IsNull(MentionRules.PostUrl(url));
    }

    [TestMethod]
    [DataRow("ftp://example.com/file", DisplayName = "another scheme")]
    [DataRow("x.com/jane/status/1", DisplayName = "not absolute")]
    [DataRow("javascript:alert(1)", DisplayName = "script")]
    public void A_post_url_that_is_not_an_http_or_https_address_is_refused(string url)
    {
        Assert.AreEqual($"is not an http or https address: '{url}'", MentionRules.PostUrl(url));
    }

    [TestMethod]
    public void A_post_up_to_five_minutes_ahead_of_now_is_clock_skew_and_accepted()
    {
        Assert.IsNull(MentionRules.PostedOn(Now.Add(MentionRules.FutureTolerance), Now));
    }

    [TestMethod]
    public void A_post_more_than_five_minutes_ahead_of_now_is_from_the_future_and_refused_with_both_times()
    {
        Assert.AreEqual(
            "is in the future: 2025-03-01T12:05:01Z is more than 5 minutes after now (2025-03-01T12:00:00Z); check the source's clock and time zone",
            MentionRules.PostedOn(Now.AddMinutes(5).AddSeconds(1), Now));
    }

    [TestMethod]
    public void A_missing_posting_time_is_required_with_the_reason()
    {
        Assert.AreEqual("is required: threading and rollups order mentions by when they were posted", MentionRules.PostedOn(null, Now));
    }

    [TestMethod]
    public void An_id_is_required_and_at_most_one_hundred_characters()
    {
        Assert.StartsWith("is required: ", MentionRules.ExternalPostId(null));
        Assert.IsNull(MentionRules.ExternalPostId(new string('1', 100)));
        Assert.AreEqual("is too long: 101 characters, the limit is 100", MentionRules.AuthorExternalId(new string('1', 101)));
    }

    [TestMethod]
    public void A_platform_value_that_is_not_a_network_is_refused_listing_the_networks()
    {
        Assert.AreEqual(
            "is not a known network: 5; use one of X (746500000), Facebook (746500001), Instagram (746500002), " +
            "LinkedIn (746500003), YouTube (746500004), Blog (746500005), Other (746500006), Mastodon (746500007), Bluesky (746500008)",
            MentionRules.Platform(5));
        Assert.IsNull(MentionRules.Platform((int)SocialPlatform.YouTube));
    }

    [TestMethod]
    public void A_negative_count_is_refused_and_zero_is_not()
    {
        Assert.AreEqual("cannot be negative: -1", MentionRules.Count(-1));
        Assert.IsNull(MentionRules.Count(0));
        Assert.IsNull(MentionRules.Count(null));
    }
}
