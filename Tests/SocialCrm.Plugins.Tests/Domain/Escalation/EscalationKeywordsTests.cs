using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Escalation;

namespace SocialCrm.Plugins.Tests.Domain.Escalation;

[TestClass]
public sealed class EscalationKeywordsTests
{
    // The seed rules' keywords (Solution/data/data.xml).
    private static readonly EscalationKeywords Defaults = EscalationKeywords.Parse("refund;lawyer;cancel my account;fraud;legal action");

    [TestMethod]
    public void Default_list_parses_into_its_five_keywords()
    {
        CollectionAssert.AreEqual(new[] { "refund", "lawyer", "cancel my account", "fraud", "legal action" }, Defaults.Keywords.ToList());
    }

    [TestMethod]
    [DataRow("Refund, Lawyer\nFRAUD;;  ;refund", new[] { "refund", "lawyer", "fraud" }, DisplayName = "semicolons, commas and lines; blanks and duplicates dropped")]
    [DataRow("  cancel   my\taccount ", new[] { "cancel my account" }, DisplayName = "inner whitespace of a phrase normalised")]
    public void List_is_split_trimmed_lower_cased_and_deduplicated(string list, string[] expected)
    {
        CollectionAssert.AreEqual(expected, EscalationKeywords.Parse(list).Keywords.ToList());
    }

    [TestMethod]
    [DataRow(null, DisplayName = "missing")]
    [DataRow(" ; , ", DisplayName = "only separators")]
    public void Empty_list_has_no_keywords(string? list)
    {
        var keywords = EscalationKeywords.Parse(list);

        Assert.IsEmpty(keywords.Keywords);
        Assert.IsNull(keywords.FindIn("refund fraud lawyer"));
    }

    [TestMethod]
    [DataRow("I want a REFUND now", "refund", DisplayName = "any case")]
    [DataRow("refund!", "refund", DisplayName = "followed by punctuation")]
    [DataRow("#refund", "refund", DisplayName = "hashtag")]
    [DataRow("my lawyer's number", "lawyer", DisplayName = "apostrophe ends the word")]
    [DataRow("I will Cancel   my\naccount today", "cancel my account", DisplayName = "phrase across any whitespace")]
    [DataRow("this is legal action.", "legal action", DisplayName = "phrase at the end of a sentence")]
    [DataRow("re\u200Bfund please", "refund", DisplayName = "zero width character inside the word")]
    [DataRow("fraud and refund", "refund", DisplayName = "first keyword in list order")]
    [DataRow("Where is my REFUND \U0001F621", "refund", DisplayName = "an emoji after the keyword")]
    [DataRow("\U0001F621\U0001F621Refund\U0001F621 now", "refund", DisplayName = "emoji around the keyword are their own boundary")]
    [DataRow("Fraud \u2764\uFE0F", "fraud", DisplayName = "an emoji with a variation selector")]
    [DataRow("R\u00C9FUND \U0001F621", "refund", DisplayName = "an accent in a text with an emoji")]
    public void Keyword_matches_as_a_whole_word_or_phrase(string text, string expected)
    {
        Assert.AreEqual(expected, Defaults.FindIn(text));
    }

    [TestMethod]
    [DataRow("refunds please", DisplayName = "plural")]
    [DataRow("nonrefundable ticket", DisplayName = "inside a word")]
    [DataRow("refund_request", DisplayName = "joined by an underscore")]
    [DataRow("fraudster", DisplayName = "prefix of a word")]
    [DataRow("cancel my accounts", DisplayName = "phrase followed by more letters")]
    [DataRow("cancel my acc", DisplayName = "part of a phrase")]
    [DataRow("legal actions", DisplayName = "phrase in plural")]
    [DataRow("\U0001F621REFUNDS\U0001F621", DisplayName = "plural between emoji")]
    [DataRow("", DisplayName = "no text")]
    public void Keyword_inside_a_longer_word_does_not_match(string text)
    {
        Assert.IsNull(Defaults.FindIn(text));
    }

    [TestMethod]
    [DataRow("this is #fail", true, DisplayName = "after a space")]
    [DataRow("epic#fail", true, DisplayName = "a symbol is its own boundary")]
    [DataRow("#failure", false, DisplayName = "followed by letters")]
    public void Keyword_starting_with_a_symbol_matches_where_the_symbol_is(string text, bool matches)
    {
        Assert.AreEqual(matches, EscalationKeywords.Parse("#fail").FindIn(text) != null);
    }
}
