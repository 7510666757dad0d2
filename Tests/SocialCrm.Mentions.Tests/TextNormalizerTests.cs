using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Mentions.Tests;

[TestClass]
public sealed class TextNormalizerTests
{
    [TestMethod]
    [DataRow("ab\u200Bc", "abc", DisplayName = "U+200B zero width space")]
    [DataRow("ab\u200Cc", "abc", DisplayName = "U+200C zero width non-joiner")]
    [DataRow("ab\u200Dc", "abc", DisplayName = "U+200D zero width joiner")]
    [DataRow("ab\u2060c", "abc", DisplayName = "U+2060 word joiner")]
    [DataRow("\uFEFFabc", "abc", DisplayName = "U+FEFF byte order mark")]
    [DataRow("\u200Ba\u200Bb\u200Bc\u200B", "abc", DisplayName = "several")]
    public void Text_loses_its_zero_width_characters(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Text(raw));
    }

    [TestMethod]
    [DataRow("cafe\u0301", "caf\u00E9", DisplayName = "e + combining acute becomes é")]
    [DataRow("A\u030Angstr\u00F6m", "\u00C5ngstr\u00F6m", DisplayName = "A + combining ring becomes Å")]
    [DataRow("cafe\u200B\u0301", "caf\u00E9", DisplayName = "a zero width space between base and mark does not block composition")]
    [DataRow("\u00E9", "\u00E9", DisplayName = "already composed stays")]
    public void Text_is_composed_to_NFC(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Text(raw));
    }

    [TestMethod]
    [DataRow("a\u0000b", "ab", DisplayName = "NUL")]
    [DataRow("a\u0007b", "ab", DisplayName = "BEL")]
    [DataRow("a\u001Bb", "ab", DisplayName = "ESC")]
    [DataRow("a\u007Fb", "ab", DisplayName = "DEL")]
    [DataRow("a\u0085b", "ab", DisplayName = "C1 control NEL")]
    [DataRow("a\tb", "a\tb", DisplayName = "tab kept")]
    [DataRow("a\nb", "a\nb", DisplayName = "line feed kept")]
    [DataRow("a\r\nb", "a\nb", DisplayName = "CR LF becomes LF")]
    [DataRow("a\rb", "a\nb", DisplayName = "lone CR becomes LF")]
    [DataRow("a\u2028b", "a\nb", DisplayName = "line separator becomes LF")]
    public void Text_loses_control_characters_but_keeps_line_breaks_and_tabs(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Text(raw));
    }

    [TestMethod]
    [DataRow("  hello world \n", "hello world", DisplayName = "outer whitespace and newlines")]
    [DataRow("\u200B hello \u200B", "hello", DisplayName = "whitespace revealed by removing zero width characters")]
    [DataRow("hello  \n\n  world", "hello  \n\n  world", DisplayName = "inner whitespace of text kept")]
    public void Text_is_trimmed(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Text(raw));
    }

    // Built in code: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD before the test runs.
    [TestMethod]
    [DataRow('\uD800', DisplayName = "lone high surrogate")]
    [DataRow('\uDC00', DisplayName = "lone low surrogate")]
    public void Text_loses_unpaired_surrogates_that_NFC_would_reject(char surrogate)
    {
        Assert.AreEqual("ab", TextNormalizer.Text("a" + surrogate + "b"));
        Assert.AreEqual("ab", TextNormalizer.Line("a" + surrogate + "b"));
    }

    [TestMethod]
    public void Text_keeps_surrogate_pairs()
    {
        Assert.AreEqual("a\uD83D\uDE00b", TextNormalizer.Text("a\uD83D\uDE00b"));
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow("   \n\t ", DisplayName = "whitespace")]
    [DataRow("\u200B\uFEFF", DisplayName = "zero width only")]
    [DataRow("\u0000\u0001", DisplayName = "control characters only")]
    public void Text_that_is_empty_once_cleaned_is_missing(string raw)
    {
        Assert.IsNull(TextNormalizer.Text(raw));
        Assert.IsNull(TextNormalizer.Line(raw));
        Assert.IsNull(TextNormalizer.Handle(raw));
    }

    [TestMethod]
    [DataRow("Jane\n\tDoe", "Jane Doe", DisplayName = "line break and tab become one space")]
    [DataRow("  Jane    Doe  ", "Jane Doe", DisplayName = "runs of spaces collapse")]
    [DataRow("Jane\u00A0Doe", "Jane Doe", DisplayName = "no-break space becomes a space")]
    [DataRow("Ja\u200Bne\u0007 Doe", "Jane Doe", DisplayName = "zero width and control characters removed")]
    public void Line_is_one_line_with_single_spaces(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Line(raw));
    }

    [TestMethod]
    [DataRow("@JaneDoe", "janedoe", DisplayName = "leading @ removed, lower-cased")]
    [DataRow("  @@Jane ", "jane", DisplayName = "trimmed, every leading @ removed")]
    [DataRow("jane", "jane", DisplayName = "plain handle stays")]
    [DataRow("@\u200BJANE", "jane", DisplayName = "zero width after @")]
    [DataRow("@ Jane", "jane", DisplayName = "space after @")]
    [DataRow("ja@ne", "ja@ne", DisplayName = "inner @ kept")]
    public void Handle_is_lower_case_without_leading_at(string raw, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Handle(raw));
    }

    [TestMethod]
    public void Handle_of_only_at_signs_is_missing()
    {
        Assert.IsNull(TextNormalizer.Handle(" @@ "));
    }

    [TestMethod]
    public void Email_is_trimmed_and_lower_case()
    {
        Assert.AreEqual("jane.doe@example.com", TextNormalizer.Email(" Jane.Doe@Example.COM\u200B "));
    }

    [TestMethod]
    public void Null_stays_null()
    {
        Assert.IsNull(TextNormalizer.Text(null));
        Assert.IsNull(TextNormalizer.Line(null));
        Assert.IsNull(TextNormalizer.Handle(null));
        Assert.IsNull(TextNormalizer.Email(null));
    }
}
