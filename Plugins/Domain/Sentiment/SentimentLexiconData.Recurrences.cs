namespace SocialCrm.Plugins.Domain.Sentiment;

internal static partial class SentimentLexiconData
{
    /// <summary>Words that tell something happened again or goes on too long: "late again", "lost my order twice",
    /// "doesn't work anymore". No negator reaches them, as none reaches an interjection: "never flying budget again" and
    /// "not again" are as weary as "again". A good word in the same text outweighs them ("would go again, lovely staff").
    /// </summary>
    public const string Recurrences = """
        -0.55 again
        -1.0 all over again
        -0.6 twice
        -0.7 anymore
        -0.7 any more
        -0.7 any longer
        """;

    /// <summary>Coming back for more is the plainest praise a customer gives ("will order again", "would go again"), and
    /// its negation the plainest complaint ("would not stay again"). Listed as phrases so that "again" here is not read
    /// as a recurrence.</summary>
    public const string Patronage = """
        1.4 order again
        1.4 ordering again
        1.4 buy again
        1.4 buying again
        1.4 go again
        1.4 going again
        1.4 come again
        1.4 coming again
        1.4 stay again
        1.4 staying again
        1.4 book again
        1.4 booking again
        1.4 visit again
        1.4 use again
        1.4 using again
        1.4 shop again
        1.4 shopping again
        1.4 eat again
        1.4 eat here again
        1.4 fly again
        1.4 flying again
        """;
}
