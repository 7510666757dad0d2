using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Mentions.Tests;

[TestClass]
public sealed class EllipsisTests
{
    [TestMethod]
    [DataRow("short", 10, "short", DisplayName = "fits: unchanged")]
    [DataRow("exactly10!", 10, "exactly10!", DisplayName = "exactly at the limit: unchanged")]
    [DataRow("one two three", 9, "one two…", DisplayName = "cut after the last whole word that fits")]
    [DataRow("one two three", 8, "one two…", DisplayName = "the ellipsis takes the last position")]
    [DataRow("one two three", 7, "one…", DisplayName = "a word that would need the ellipsis' room is dropped")]
    [DataRow("alphabet soup,gamma", 17, "alphabet…", DisplayName = "punctuation is not a boundary")]
    [DataRow("abcdefghij", 5, "abcd…", DisplayName = "one long word is cut inside")]
    [DataRow("a bcdefghijkl", 8, "a bcdef…", DisplayName = "a boundary that keeps less than half the room is not used")]
    public void Fit_cuts_at_a_word_boundary_with_an_ellipsis(string line, int maxLength, string expected)
    {
        var fitted = Ellipsis.Fit(line, maxLength);

        Assert.AreEqual(expected, fitted);
        Assert.IsLessThanOrEqualTo(maxLength, fitted.Length);
    }

    [TestMethod]
    public void Fit_never_splits_a_surrogate_pair()
    {
        var line = new string('a', 8) + "\uD83D\uDE00" + "bbbb";

        var fitted = Ellipsis.Fit(line, 10);

        Assert.AreEqual(new string('a', 8) + "…", fitted);
    }

    [TestMethod]
    public void Fit_needs_room_for_a_character_and_the_ellipsis()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Ellipsis.Fit("abc", 1));
    }
}
