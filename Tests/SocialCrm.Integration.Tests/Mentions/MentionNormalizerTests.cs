using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Mentions;

[TestClass]
public sealed class MentionNormalizerTests
{
    private readonly MentionNormalizer normalizer = new(new FixedClock(FixedClock.Noon));

    [TestMethod]
    public void Valid_input_becomes_a_mention_with_cleaned_values()
    {
        var input = Inputs.Valid();
        input.AuthorHandle = "  @Ada_L ";
        input.AuthorDisplayName = "Ada \t  Lovelace\u200B";
        input.AuthorEmail = "Ada@Example.COM";
        input.Text = "  first line\r\nsecond line  ";
        input.Likes = "3";
        input.AuthorVerified = "yes";

        var result = normalizer.Normalize(input);

        Assert.IsTrue(result.IsAccepted, result.Reason);
        var mention = result.Mention!;
        Assert.AreEqual(SocialPlatform.X, mention.Platform);
        Assert.AreEqual("1001", mention.ExternalPostId);
        Assert.AreEqual("ada_l", mention.Author.Handle);
        Assert.AreEqual("Ada Lovelace", mention.Author.DisplayName);
        Assert.AreEqual("ada@example.com", mention.Author.Email);
        Assert.AreEqual(true, mention.Author.Verified);
        Assert.AreEqual("first line\nsecond line", mention.Text);
        Assert.AreEqual(3, mention.Likes);
        Assert.AreEqual(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero), mention.PostedOn);
    }

    [TestMethod]
    [DataRow("x", SocialPlatform.X, DisplayName = "lower-case name")]
    [DataRow("Twitter", SocialPlatform.X, DisplayName = "the former name of X")]
    [DataRow("YouTube", SocialPlatform.YouTube, DisplayName = "mixed-case name")]
    [DataRow("746500001", SocialPlatform.Facebook, DisplayName = "option value")]
    public void Platform_is_read_from_a_name_or_an_option_value(string raw, SocialPlatform expected)
    {
        var input = Inputs.Valid();
        input.Platform = raw;

        Assert.AreEqual(expected, normalizer.Normalize(input).Mention!.Platform);
    }

    [TestMethod]
    [DataRow(nameof(MentionInput.Platform), "", "platform (scrm_platform) is required", DisplayName = "missing platform")]
    [DataRow(nameof(MentionInput.Platform), "myspace", "platform (scrm_platform) is not a known network: 'myspace'", DisplayName = "unknown platform")]
    [DataRow(nameof(MentionInput.Platform), "746500099", "platform (scrm_platform) is not a known network", DisplayName = "unknown option value")]
    [DataRow(nameof(MentionInput.ExternalPostId), " ", "externalPostId (scrm_externalpostid) is required", DisplayName = "blank post id")]
    [DataRow(nameof(MentionInput.AuthorExternalId), null, "authorExternalId (scrm_authorexternalid) is required", DisplayName = "missing author id")]
    [DataRow(nameof(MentionInput.PostedOn), null, "postedOn (scrm_postedon) is required", DisplayName = "missing posted on")]
    [DataRow(nameof(MentionInput.PostedOn), "yesterday", "postedOn (scrm_postedon) is not a date and time: 'yesterday'", DisplayName = "unreadable posted on")]
    [DataRow(nameof(MentionInput.PostedOn), "2025-03-01T12:06:00Z", "postedOn (scrm_postedon) is in the future", DisplayName = "posted after now plus tolerance")]
    [DataRow(nameof(MentionInput.PostedOn), "1752-12-31T23:59:59Z", "postedOn (scrm_postedon) is before 1753-01-01, the earliest date Dataverse stores", DisplayName = "posted before Dataverse's earliest date")]
    [DataRow(nameof(MentionInput.Direction), "outbound", "direction (scrm_direction) must be inbound", DisplayName = "outbound direction")]
    [DataRow(nameof(MentionInput.AuthorEmail), "ada.example.com", "authorEmail (scrm_authoremail) is not an e-mail address", DisplayName = "e-mail without at sign")]
    [DataRow(nameof(MentionInput.PostUrl), "ftp://example.com/1", "postUrl (scrm_posturl) is not an http or https address", DisplayName = "post URL of another scheme")]
    [DataRow(nameof(MentionInput.Likes), "-1", "likes (scrm_likes) cannot be negative", DisplayName = "negative likes")]
    [DataRow(nameof(MentionInput.Shares), "many", "shares (scrm_shares) is not a whole number: 'many'", DisplayName = "shares not a number")]
    [DataRow(nameof(MentionInput.AuthorVerified), "maybe", "authorVerified (scrm_authorverified) is not true or false", DisplayName = "verified not a flag")]
    public void Bad_value_is_rejected_with_a_message_naming_the_field_and_its_column(string property, string? raw, string expectedMessageStart)
    {
        var input = Inputs.Valid();
        typeof(MentionInput).GetProperty(property)!.SetValue(input, raw);

        var result = normalizer.Normalize(input);

        Assert.IsFalse(result.IsAccepted);
        Assert.AreEqual(1, result.Problems.Count, result.Reason);
        StringAssert.StartsWith(result.Problems[0].Message, expectedMessageStart);
        Assert.AreEqual(char.ToLowerInvariant(property[0]) + property[1..], result.Problems[0].Field);
    }

    [TestMethod]
    [DataRow(nameof(MentionInput.ExternalPostId), 100, DisplayName = "external post id")]
    [DataRow(nameof(MentionInput.AuthorHandle), 100, DisplayName = "author handle")]
    [DataRow(nameof(MentionInput.AuthorDisplayName), 200, DisplayName = "author display name")]
    [DataRow(nameof(MentionInput.Language), 10, DisplayName = "language")]
    [DataRow(nameof(MentionInput.Text), 20000, DisplayName = "text")]
    public void Value_at_its_column_length_is_accepted_and_one_more_character_is_rejected(string property, int limit)
    {
        var atLimit = Inputs.Valid();
        typeof(MentionInput).GetProperty(property)!.SetValue(atLimit, new string('a', limit));
        var overLimit = Inputs.Valid();
        typeof(MentionInput).GetProperty(property)!.SetValue(overLimit, new string('a', limit + 1));

        Assert.IsTrue(normalizer.Normalize(atLimit).IsAccepted);
        var rejected = normalizer.Normalize(overLimit);
        Assert.IsFalse(rejected.IsAccepted);
        StringAssert.Contains(rejected.Reason, $"is too long: {limit + 1} characters, the limit is {limit}.");
    }

    /// <summary>Issue #13, defect 7: an id that fits the column as sent but whose case-keeping form does not was refused.</summary>
    [TestMethod]
    public void A_case_sensitive_id_that_fits_as_sent_is_accepted_as_a_post_id_thread_and_in_reply_to_however_long_its_written_form()
    {
        var id = PostIdsTests.NinetyCharactersWithTwentyCapitals();
        var input = Inputs.Valid();
        input.Platform = "youtube";
        input.ExternalPostId = id;
        input.ThreadId = id;
        input.InReplyToId = PostIdsTests.NinetyCharactersWithTwentyCapitals(last: 'y');

        var result = normalizer.Normalize(input);

        Assert.IsTrue(result.IsAccepted, result.Reason);
        Assert.AreEqual(id, result.Mention!.ExternalPostId, "the mention keeps the network's id; only its written form is the digest");
    }

    [TestMethod]
    public void Every_problem_of_an_input_is_reported_not_only_the_first()
    {
        var result = normalizer.Normalize(new MentionInput { Platform = "x" });

        CollectionAssert.AreEquivalent(
            new[] { "externalPostId", "postedOn", "authorExternalId" },
            result.Problems.Select(p => p.Field).ToArray());
    }

    [TestMethod]
    public void Posted_on_without_an_offset_is_UTC_and_with_one_is_converted_to_UTC()
    {
        var plain = Inputs.Valid();
        plain.PostedOn = "2025-03-01 08:00:00";
        var offset = Inputs.Valid();
        offset.PostedOn = "2025-03-01T10:00:00+02:00";
        var unix = Inputs.Valid();
        unix.PostedOn = "1740816000";

        var expected = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        Assert.AreEqual(expected, normalizer.Normalize(plain).Mention!.PostedOn);
        Assert.AreEqual(expected, normalizer.Normalize(offset).Mention!.PostedOn);
        Assert.AreEqual(TimeSpan.Zero, normalizer.Normalize(offset).Mention!.PostedOn.Offset);
        Assert.AreEqual(expected, normalizer.Normalize(unix).Mention!.PostedOn);
    }

    [TestMethod]
    [DataRow("noreply@blogger.com", DisplayName = "Blogger's placeholder for every author")]
    [DataRow("no-reply@accounts.example.org", DisplayName = "no-reply mailbox")]
    [DataRow("DoNotReply@shop.example.com", DisplayName = "do-not-reply mailbox, any case")]
    [DataRow("octocat@users.noreply.github.com", DisplayName = "a no-reply domain")]
    [DataRow("someone@channel.youtube.com", DisplayName = "a network's own domain")]
    [DataRow("anonymous@forum.example.com", DisplayName = "anonymous mailbox")]
    [DataRow("grace@mail.invalid", DisplayName = "RFC 2606's never-deliverable .invalid")]
    public void A_placeholder_address_is_not_taken_as_the_authors_email_but_the_mention_is(string email)
    {
        var input = Inputs.Valid();
        input.AuthorEmail = email;

        var result = normalizer.Normalize(input);

        Assert.IsTrue(result.IsAccepted, result.Reason);
        Assert.IsNull(result.Mention!.Author.Email);
    }

    [TestMethod]
    public void A_persons_address_at_a_mail_provider_is_kept()
    {
        var input = Inputs.Valid();
        input.AuthorEmail = "noreen.ply@gmail.com";

        Assert.AreEqual("noreen.ply@gmail.com", normalizer.Normalize(input).Mention!.Author.Email);
    }

    [TestMethod]
    [DataRow("post", null, MessageType.PublicPost, DisplayName = "post")]
    [DataRow("Reply", null, MessageType.CommentOrReply, DisplayName = "reply, any case")]
    [DataRow("comment", null, MessageType.CommentOrReply, DisplayName = "comment")]
    [DataRow("DM", null, MessageType.PrivateMessage, DisplayName = "direct message")]
    [DataRow("private message", null, MessageType.PrivateMessage, DisplayName = "private message")]
    [DataRow("746500002", null, MessageType.PrivateMessage, DisplayName = "option value")]
    [DataRow(null, null, MessageType.PublicPost, DisplayName = "unsaid, not a reply: a post")]
    [DataRow(null, "1000", MessageType.CommentOrReply, DisplayName = "unsaid, a reply: a comment or reply")]
    public void Message_type_is_read_from_its_name_or_from_the_posts_shape(string? raw, string? inReplyTo, MessageType expected)
    {
        var input = Inputs.Valid();
        input.MessageType = raw;
        input.InReplyToId = inReplyTo;

        Assert.AreEqual(expected, normalizer.Normalize(input).Mention!.MessageType);
    }

    [TestMethod]
    public void An_unknown_message_type_is_refused_with_the_types_to_use()
    {
        var input = Inputs.Valid();
        input.MessageType = "story";

        StringAssert.Contains(normalizer.Normalize(input).Reason, "messageType (scrm_messagetype) is not a message type: 'story'; use post, comment, reply or private message");
    }

    [TestMethod]
    [DataRow(nameof(MentionInput.ExternalPostId), DisplayName = "post id")]
    [DataRow(nameof(MentionInput.AuthorExternalId), DisplayName = "author id")]
    [DataRow(nameof(MentionInput.ThreadId), DisplayName = "thread id")]
    public void Id_holding_a_zero_width_character_is_refused_rather_than_merged_with_the_id_without_it(string property)
    {
        var input = Inputs.Valid();
        typeof(MentionInput).GetProperty(property)!.SetValue(input, "1895000000000000001\u200B");

        var result = normalizer.Normalize(input);

        Assert.IsFalse(result.IsAccepted);
        StringAssert.EndsWith(result.Problems.Single().Message, "holds an invisible character (U+200B), which would make it the same key as another id.");
    }

    [TestMethod]
    public void Display_name_and_handle_lose_right_to_left_overrides_that_would_make_them_read_as_something_else()
    {
        var input = Inputs.Valid();
        input.AuthorDisplayName = "Support \u202Etroppus\u202C";
        input.AuthorHandle = "@brand\u2067_help\u2069";

        var author = normalizer.Normalize(input).Mention!.Author;

        Assert.AreEqual("Support troppus", author.DisplayName);
        Assert.AreEqual("brand_help", author.Handle);
    }
}
