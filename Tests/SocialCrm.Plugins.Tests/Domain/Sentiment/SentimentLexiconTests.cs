using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

[TestClass]
public sealed class SentimentLexiconTests
{
    // Building validates the constant source (weights parse, terms are lower case, no term twice in a section), so a
    // bad line fails here rather than in a plug-in.
    [TestMethod]
    public void Default_lexicon_builds_from_its_source_and_knows_more_than_4000_terms()
    {
        var lexicon = SentimentLexicon.CreateDefault();

        Assert.IsGreaterThan(4000, lexicon.TermCount);
    }
}
