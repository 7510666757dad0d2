using System;
using System.Collections.Generic;
using System.Globalization;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// The words, phrases, emoticons and emoji the scorer knows, with their roles and weights.
/// </summary>
/// <remarks>
/// An instance, not a static table: plug-ins may hold no static mutable state, and a static dictionary is mutable even
/// when the field is readonly. The source text is constant (<see cref="SentimentLexiconData"/>); a plug-in builds one
/// lexicon in its constructor, which Dataverse runs once per cached plug-in instance, and hands it to its
/// <see cref="SentimentScorer"/>. Building parses the constant text and adds the inflected forms once (see BENCHMARKS.md
/// for its cost). After the constructor nothing changes, so one instance serves concurrent executions.
/// </remarks>
public sealed class SentimentLexicon
{
    private const int MaxPhraseWords = 3;

    private static char[] Whitespace => new[] { ' ', '\n', '\r' };

    private readonly TermTable terms;
    private readonly TermTable emoticons;
    private readonly Dictionary<int, double> emoji;
    private readonly string emoticonStarts;

    private SentimentLexicon(IDictionary<string, LexiconEntry> terms, IDictionary<string, LexiconEntry> emoticons,
        Dictionary<int, double> emoji, int termCount)
    {
        TermCount = termCount;
        this.terms = new TermTable(terms);
        this.emoticons = new TermTable(emoticons);
        this.emoji = emoji;
        var starts = new HashSet<char>();
        var longest = 0;
        foreach (var emoticon in emoticons.Keys)
        {
            starts.Add(emoticon[0]);
            longest = Math.Max(longest, emoticon.Length);
        }

        emoticonStarts = new string(new List<char>(starts).ToArray());
        MaxEmoticonLength = longest;
    }

    /// <summary>Sentiment-bearing entries known: words and phrases with their inflections, modifiers, negators,
    /// contrasts and neutral phrases, emoticons and emoji. The vocabulary used to split hashtags and tell languages
    /// apart is not counted.</summary>
    public int TermCount { get; }

    internal int MaxEmoticonLength { get; }

    /// <summary>Builds the lexicon written for SocialCrm.</summary>
    public static SentimentLexicon CreateDefault()
    {
        var terms = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var valenceTerms = new HashSet<string>(StringComparer.Ordinal);
        AddWeighted(terms, nameof(SentimentLexiconData.Positive), SentimentLexiconData.Positive, LexiconRoles.Valence, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Negative), SentimentLexiconData.Negative, LexiconRoles.Valence, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.EverydayPositive), SentimentLexiconData.EverydayPositive,
            LexiconRoles.Valence, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.EverydayNegative), SentimentLexiconData.EverydayNegative,
            LexiconRoles.Valence, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Interjections), SentimentLexiconData.Interjections,
            LexiconRoles.Valence | LexiconRoles.Interjection, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Recurrences), SentimentLexiconData.Recurrences,
            LexiconRoles.Valence | LexiconRoles.Interjection, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Patronage), SentimentLexiconData.Patronage, LexiconRoles.Valence,
            valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.ComplaintPhrases), SentimentLexiconData.ComplaintPhrases,
            LexiconRoles.Valence, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Expectations), SentimentLexiconData.Expectations,
            LexiconRoles.Expected, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Persistence), SentimentLexiconData.Persistence,
            LexiconRoles.Persistent, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.RhetoricalOpeners), SentimentLexiconData.RhetoricalOpeners,
            LexiconRoles.Rhetorical, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.ComplaintSigns), SentimentLexiconData.ComplaintSigns,
            LexiconRoles.ComplaintSign, valenceTerms);
        AddWeighted(terms, nameof(SentimentLexiconData.Excess), SentimentLexiconData.Excess, LexiconRoles.Excess, null);
        AddWeighted(terms, nameof(SentimentLexiconData.Modifiers), SentimentLexiconData.Modifiers, LexiconRoles.Modifier, null);
        AddWeighted(terms, nameof(SentimentLexiconData.PostModifiers), SentimentLexiconData.PostModifiers,
            LexiconRoles.PostModifier, null);
        AddPlain(terms, nameof(SentimentLexiconData.Negators), SentimentLexiconData.Negators, LexiconRoles.Negator);
        AddPlain(terms, nameof(SentimentLexiconData.Contrasts), SentimentLexiconData.Contrasts, LexiconRoles.Contrast);
        AddPlain(terms, nameof(SentimentLexiconData.NeutralPhrases), SentimentLexiconData.NeutralPhrases,
            LexiconRoles.Neutral);
        AddInflections(terms, new HashSet<string>(Lines(SentimentLexiconData.Uninflected), StringComparer.Ordinal),
            new HashSet<string>(SentimentLexiconData.Vocabulary.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries),
                StringComparer.Ordinal));
        var sentimentTerms = terms.Count;
        AddWords(terms, SentimentLexiconData.Vocabulary, LexiconRoles.Vocabulary);
        AddWords(terms, SentimentLexiconData.EnglishWords, LexiconRoles.EnglishWord);
        AddWords(terms, SentimentLexiconData.OtherLanguageWords, LexiconRoles.OtherLanguageWord);
        AddWords(terms, SentimentLexiconData.QuestionOpeners, LexiconRoles.QuestionOpener);
        AddWords(terms, SentimentLexiconData.TimeUnits, LexiconRoles.TimeUnit);
        AddWords(terms, SentimentLexiconData.Quantities, LexiconRoles.Quantity);
        AddWords(terms, SentimentLexiconData.Repeats, LexiconRoles.Repeat);
        AddWords(terms, SentimentLexiconData.RateWords, LexiconRoles.RateWord);
        AddWords(terms, SentimentLexiconData.SarcasticTags, LexiconRoles.SarcasticTag);
        AddWords(terms, SentimentLexiconData.SpanStarts, LexiconRoles.SpanStart);
        AddWords(terms, SentimentLexiconData.SpanEnds, LexiconRoles.SpanEnd);
        AddPhrasePrefixes(terms);

        var emoticons = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        AddWeighted(emoticons, nameof(SentimentLexiconData.Emoticons), SentimentLexiconData.Emoticons,
            LexiconRoles.Valence, null);
        var emoji = ParseEmoji(SentimentLexiconData.Emoji);
        return new SentimentLexicon(terms, emoticons, emoji, sentimentTerms + emoticons.Count + emoji.Count);
    }

    internal bool TryGetTerm(char[] buffer, int start, int length, out LexiconEntry entry) =>
        terms.TryGet(buffer, start, length, out entry);

    /// <summary>True for a word the lexicon knows in any role but as a phrase's first words or another language's.
    /// </summary>
    internal bool IsKnownWord(char[] buffer, int start, int length) =>
        terms.TryGet(buffer, start, length, out var entry) && (entry.Roles & ~(LexiconRoles.PhrasePrefix |
            LexiconRoles.OtherLanguageWord)) != 0 && (length > 1 || entry.Has(LexiconRoles.Vocabulary));

    internal bool HasRole(char[] buffer, int start, int length, LexiconRoles role) =>
        terms.TryGet(buffer, start, length, out var entry) && entry.Has(role);

    internal bool TryGetEmoticon(char[] buffer, int start, int length, out double valence)
    {
        var found = emoticons.TryGet(buffer, start, length, out var entry);
        valence = entry.Valence;
        return found;
    }

    internal bool TryGetEmoji(int codePoint, out double valence) => emoji.TryGetValue(codePoint, out valence);

    internal bool MayStartEmoticon(char c) => emoticonStarts.IndexOf(c) >= 0;

    // valenceTerms collects the terms of every valence section: a term rated twice is an error, not an override.
    private static void AddWeighted(Dictionary<string, LexiconEntry> into, string section, string text,
        LexiconRoles role, HashSet<string>? valenceTerms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines(text))
        {
            var space = line.IndexOf(' ');
            if (space <= 0 || !double.TryParse(line.Substring(0, space), NumberStyles.Float,
                    CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"Sentiment lexicon section {section}: \"{line}\" is not \"weight term\".");
            }

            var term = CheckedTerm(section, line.Substring(space + 1).Trim(), seen);
            if (valenceTerms != null && !valenceTerms.Add(term))
            {
                throw new FormatException($"Sentiment lexicon section {section}: \"{term}\" is rated in another section too.");
            }

            var entry = (role & LexiconRoles.Weighted) != 0
                ? new LexiconEntry(role, weight, 1)
                : new LexiconEntry(role, 0, weight);
            Add(into, term, entry);
        }
    }

    private static void AddPlain(Dictionary<string, LexiconEntry> into, string section, string text, LexiconRoles role)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines(text))
        {
            Add(into, CheckedTerm(section, line, seen), new LexiconEntry(role, 0, 1));
        }
    }

    // A single word's regular forms take its valence (or, for an expected event, its weight: "arrive" gives "arrives",
    // "arrived") unless the lexicon already lists them itself, or they are common words of their own ("numb" + "er" is
    // "number", not a form of "numb").
    private static void AddInflections(Dictionary<string, LexiconEntry> terms, HashSet<string> uninflected,
        HashSet<string> commonWords)
    {
        var forms = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var inflected = term.Value.Roles & (LexiconRoles.Valence | LexiconRoles.Expected);
            if (inflected == LexiconRoles.None || term.Value.Has(LexiconRoles.Interjection) ||
                uninflected.Contains(term.Key))
            {
                continue;
            }

            foreach (var form in Inflections.Of(term.Key))
            {
                if (!terms.ContainsKey(form) && !forms.ContainsKey(form) && !commonWords.Contains(form))
                {
                    forms.Add(form, new LexiconEntry(inflected, term.Value.Valence, 1));
                }
            }
        }

        foreach (var form in forms)
        {
            terms.Add(form.Key, form.Value);
        }
    }

    private static void AddWords(Dictionary<string, LexiconEntry> into, string text, LexiconRoles role)
    {
        var entry = new LexiconEntry(role, 0, 1);
        foreach (var word in text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            Add(into, word, entry);
        }
    }

    private static void Add(Dictionary<string, LexiconEntry> into, string term, LexiconEntry entry) =>
        into[term] = into.TryGetValue(term, out var existing) ? existing.Merge(entry) : entry;

    // Every proper prefix of a phrase is marked, so the scorer tries phrases only where one can start.
    private static void AddPhrasePrefixes(Dictionary<string, LexiconEntry> terms)
    {
        var phrases = new List<string>();
        foreach (var term in terms.Keys)
        {
            if (term.IndexOf(' ') > 0)
            {
                phrases.Add(term);
            }
        }

        var prefix = new LexiconEntry(LexiconRoles.PhrasePrefix, 0, 1);
        foreach (var phrase in phrases)
        {
            for (var space = phrase.IndexOf(' '); space > 0; space = phrase.IndexOf(' ', space + 1))
            {
                Add(terms, phrase.Substring(0, space), prefix);
            }
        }
    }

    private static string CheckedTerm(string section, string term, HashSet<string> seen)
    {
        if (term.Length == 0 || term != term.ToLowerInvariant() || term.Contains("  ") ||
            term.Split(' ').Length > MaxPhraseWords)
        {
            throw new FormatException(
                $"Sentiment lexicon section {section}: \"{term}\" must be lower case, of 1 to {MaxPhraseWords} words.");
        }

        if (!seen.Add(term))
        {
            throw new FormatException($"Sentiment lexicon section {section}: \"{term}\" is listed twice.");
        }

        return term;
    }

    private static Dictionary<int, double> ParseEmoji(string text)
    {
        var emoji = new Dictionary<int, double>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split(new[] { ' ' }, 3);
            if (parts.Length < 2 ||
                !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) ||
                !int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint))
            {
                throw new FormatException($"Sentiment lexicon section Emoji: \"{line}\" is not \"weight hex name\".");
            }

            if (emoji.ContainsKey(codePoint))
            {
                throw new FormatException($"Sentiment lexicon section Emoji: {parts[1]} is listed twice.");
            }

            emoji.Add(codePoint, weight);
        }

        return emoji;
    }

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
