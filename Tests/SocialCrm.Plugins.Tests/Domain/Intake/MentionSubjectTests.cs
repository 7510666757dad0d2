using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Intake;

[TestClass]
public sealed class MentionSubjectTests
{
    [TestMethod]
    [DataRow("Hello world\nsecond line", "Hello world", DisplayName = "first line")]
    [DataRow("\n\n   \n  Hello world  \nsecond", "Hello world", DisplayName = "blank lines skipped, line trimmed")]
    [DataRow("\u200B\n\u200BHello", "Hello", DisplayName = "a line of zero width characters is empty")]
    [DataRow("\tTabbed\tline", "Tabbed line", DisplayName = "tabs become spaces")]
    [DataRow("one\r\ntwo", "one", DisplayName = "CR LF line break")]
    public void Subject_is_the_first_non_empty_line(string text, string expected)
    {
        Assert.AreEqual(expected, MentionSubject.FromText(text));
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no text")]
    [DataRow(" \n \t ", DisplayName = "only whitespace")]
    public void Subject_of_empty_text_is_missing(string? text)
    {
        Assert.IsNull(MentionSubject.FromText(text));
    }

    [TestMethod]
    public void Subject_at_the_limit_is_not_cut()
    {
        var line = new string('x', MentionTable.SubjectLength);

        Assert.AreEqual(line, MentionSubject.FromText(line + "\nmore"));
    }

    [TestMethod]
    public void Long_first_line_is_cut_at_a_word_boundary_with_an_ellipsis_within_the_limit()
    {
        var line = string.Join(" ", Enumerable.Range(1, 60).Select(n => "word" + n));

        var subject = MentionSubject.FromText(line)!;

        Assert.IsLessThanOrEqualTo(MentionTable.SubjectLength, subject.Length);
        Assert.EndsWith("…", subject);
        var kept = subject.Substring(0, subject.Length - 1);
        Assert.StartsWith(kept, line);
        Assert.AreEqual(' ', line[kept.Length], "the cut falls on a space, so no word is split");
        Assert.IsGreaterThan(MentionTable.SubjectLength - 10, subject.Length, "only the word that did not fit is dropped");
    }

    [TestMethod]
    public void Long_first_line_without_spaces_is_cut_to_exactly_the_limit()
    {
        var subject = MentionSubject.FromText(new string('a', MentionTable.SubjectLength + 1))!;

        Assert.AreEqual(new string('a', MentionTable.SubjectLength - 1) + "…", subject);
    }
}
