namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// The scorer's rule weights, in one place. Constants, not settings: the same text must score the same everywhere.
/// The rule weights were set from how people write before the data set was scored; the thresholds and the
/// question factor were then chosen on the tuning part of Tests/.../Sentiment/LabelledMentions.tsv (see BENCHMARKS.md).
/// </summary>
internal static class SentimentWeights
{
    /// <summary>A negated term flips and weakens: "not good" is milder than "bad", "not bad" milder than "good".</summary>
    public const double Negation = -0.75;

    /// <summary>Words after a negator that it still reaches: in "did not expect the driver to be so nice", "nice" is
    /// out of reach.</summary>
    public const int NegationReach = 3;

    /// <summary>Words after a modifier that it still reaches ("really the best").</summary>
    public const int ModifierReach = 2;

    /// <summary>Words a post-modifier may look back over ("best gift ever").</summary>
    public const int PostModifierReach = 3;

    /// <summary>After "but", what came before counts half and what follows half as much again.</summary>
    public const double BeforeContrast = 0.5;

    public const double AfterContrast = 1.5;

    /// <summary>A term written in capitals is shouted.</summary>
    public const double Capitals = 1.4;

    /// <summary>A stretched word ("sooo good") is stressed, a little less than capitals.</summary>
    public const double Elongation = 1.2;

    /// <summary>Each "!" closing a sentence strengthens it, up to <see cref="MaxExclamations"/> marks.</summary>
    public const double ExclamationStep = 0.12;

    public const int MaxExclamations = 4;

    /// <summary>Each repeat of an emoticon's last character (":)))") strengthens it, up to three repeats.</summary>
    public const double EmoticonRepeatStep = 0.15;

    public const int MaxEmoticonRepeats = 3;

    /// <summary>A sentence ending in a single "?" asks rather than states ("Is the premium plan good?"), so it weighs
    /// about a third. "??" and "?!" are indignation, not questions, and keep their weight.</summary>
    public const double Question = 0.35;

    /// <summary>A sentence ending "??", "?!" or "!?" that states nothing positive is indignation ("seriously?? again??").
    /// </summary>
    public const double Indignation = -1.0;

    /// <summary>A sentence ending in "!" with no sentiment word is excitement more often than anger ("I got tickets!!!").
    /// Weak: alone with one "!" it stays neutral.</summary>
    public const double Exclaimed = 0.6;

    /// <summary>A negator with nothing to negate in reach leans negative ("can't log in", "two hours late and no call"):
    /// a refusal or a failure more often than not, so alone it just makes a text negative. Hedges that only look like
    /// it ("I don't know yet", "no idea") are neutral phrases.</summary>
    public const double UnresolvedNegation = -0.8;

    /// <summary>A sentence telling of a wait ("on hold for 50 minutes", "five days later") that states nothing good
    /// leans this way, just enough alone to read as a complaint: people rarely count the hours of a wait they enjoyed.
    /// A sentence with a good word ("married for ten years", "fixed after 3 days") is left alone.</summary>
    public const double Waited = -0.6;

    /// <summary>A sentence opened by a question this sure of its complaint ("who thought", "who approved", "how hard is")
    /// mocks any good word it holds: "who thought this was a good idea??".</summary>
    public const double Mocking = -1.2;

    /// <summary>Normalisation sum/sqrt(sum^2 + alpha): one moderate word (about 2) gives about 0.46, three give 0.84.</summary>
    public const double NormalisationAlpha = 15;

    /// <summary>Scores at or above this are positive, at or below <see cref="NegativeThreshold"/> negative, neutral in
    /// between. 0.2 is a valence sum of about 0.8: one weak word alone ("ok", "cold", "waiting") states no stance.
    /// Chosen on the tuning part, where 0.15 to 0.25 score within one text of each other.</summary>
    public const double PositiveThreshold = 0.2;

    public const double NegativeThreshold = -0.15;
}
