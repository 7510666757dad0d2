using System;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>What a lexicon term does when the scorer meets it. A term may have several roles ("pretty" is a valence
/// word and a modifier; "can't" is a negator and the first word of "can't wait").</summary>
[Flags]
internal enum LexiconRoles
{
    None = 0,

    /// <summary>Carries its own valence (positive or negative).</summary>
    Valence = 1,

    /// <summary>Scales the valence of the term that follows ("very", "slightly").</summary>
    Modifier = 2,

    /// <summary>Scales the valence of the term just before it ("af", "at all", "ever").</summary>
    PostModifier = 4,

    /// <summary>Flips the valence of the next few words ("not", "never", "can't").</summary>
    Negator = 8,

    /// <summary>Marks a turn: what came before weighs less, what follows weighs more ("but").</summary>
    Contrast = 16,

    /// <summary>A phrase that cancels the senses of its own words ("looks like", "good morning").</summary>
    Neutral = 32,

    /// <summary>The first words of at least one longer phrase: the scorer tries the phrase first.</summary>
    PhrasePrefix = 64,

    /// <summary>A valence no negator or modifier reaches: laughter and groans ("lol", "ugh").</summary>
    Interjection = 128,

    /// <summary>A common word with no sentiment: known when a hashtag is split into words.</summary>
    Vocabulary = 256,

    /// <summary>An English function word ("the", "and"), counted to tell English text from other languages.</summary>
    EnglishWord = 512,

    /// <summary>A function word of another language ("pero", "aber"): the lexicon does not cover that language.</summary>
    OtherLanguageWord = 1024,

    /// <summary>Opens a question ("is", "does", "which"): the sentence asks even without its "?".</summary>
    QuestionOpener = 2048,

    /// <summary>Something a person waits for ("arrived", "replied", "works"): no sentiment of its own, but negated it
    /// reports a failure ("never arrived", "nobody replied"). Its weight is the valence of the negated form.</summary>
    Expected = 4096,

    /// <summary>Says something goes on and on ("keeps", "kept"): before an action with no sentiment of its own it
    /// reports a recurring nuisance ("the app keeps logging me out"). Its weight is that valence.</summary>
    Persistent = 8192,

    /// <summary>Opens a question that complains rather than asks ("why", "how come", "who thought"): a sentence it opens
    /// that states nothing good leans by its weight and is not damped as a question.</summary>
    Rhetorical = 16384,

    /// <summary>A sign of a complaint in plain words ("still", "supposed to"): a sentence holding it that states nothing
    /// good leans by its weight.</summary>
    ComplaintSign = 32768,

    /// <summary>A unit of waiting time ("hours", "days"): "for two hours", "five days later" tell of a wait.</summary>
    TimeUnit = 65536,

    /// <summary>A count before a time unit ("two", "a", "several"); digits count without being listed.</summary>
    Quantity = 131072,

    /// <summary>Opens a stretch of time before its count ("for", "been", "waited"): "for 40 minutes".</summary>
    SpanStart = 262144,

    /// <summary>Closes a stretch of time after its unit ("later", "now", "straight"): "five days later".</summary>
    SpanEnd = 524288,

    /// <summary>Counts a repeat after a number ("5 times", "three times"): a sentence telling one that states nothing
    /// good leans as a wait does.</summary>
    Repeat = 1048576,

    /// <summary>Makes a counted repeat a rate ("three times a day"): no complaint.</summary>
    RateWord = 4194304,

    /// <summary>Praise people use in sarcasm, standing alone after a bad turn ("Train cancelled. Lovely."). Only these
    /// are read as sarcastic tags: "My team lost. Still proud." means what it says.</summary>
    SarcasticTag = 8388608,

    /// <summary>Says there is too much of the plain word that follows ("too firm"): its weight is the valence of the two
    /// words together. Before a rated word it is only a modifier ("too cute").</summary>
    Excess = 2097152,

    /// <summary>The roles whose entries carry a weight in <see cref="LexiconEntry.Valence"/>.</summary>
    Weighted = Valence | Expected | Persistent | Rhetorical | ComplaintSign | Excess,
}
