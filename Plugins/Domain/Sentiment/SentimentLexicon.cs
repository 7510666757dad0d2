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
/// <see cref="SentimentScorer"/>. Building parses about 800 lines once (about 0.13 ms, see BENCHMARKS.md). After the
/// constructor nothing changes, so one instance serves concurrent executions.
/// </remarks>
public sealed class SentimentLexicon
{
    private const int MaxPhraseWords = 3;

    private readonly TermTable terms;
    private readonly TermTable emoticons;
    private readonly Dictionary<int, double> emoji;
    private readonly string emoticonStarts;

    private SentimentLexicon(IDictionary<string, LexiconEntry> terms, IDictionary<string, LexiconEntry> emoticons,
        Dictionary<int, double> emoji)
    {
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

    /// <summary>Words and phrases (including modifiers, negators and contrasts), emoticons and emoji known.</summary>
    public int TermCount => terms.Count + emoticons.Count + emoji.Count;

    internal int MaxEmoticonLength { get; }

    /// <summary>Builds the lexicon written for SocialCrm.</summary>
    public static SentimentLexicon CreateDefault()
    {
        var terms = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        AddWeighted(terms, nameof(SentimentLexiconData.Positive), SentimentLexiconData.Positive, LexiconRoles.Valence);
        AddWeighted(terms, nameof(SentimentLexiconData.Negative), SentimentLexiconData.Negative, LexiconRoles.Valence);
        AddWeighted(terms, nameof(SentimentLexiconData.Modifiers), SentimentLexiconData.Modifiers, LexiconRoles.Modifier);
        AddWeighted(terms, nameof(SentimentLexiconData.PostModifiers), SentimentLexiconData.PostModifiers,
            LexiconRoles.PostModifier);
        AddPlain(terms, nameof(SentimentLexiconData.Negators), SentimentLexiconData.Negators, LexiconRoles.Negator);
        AddPlain(terms, nameof(SentimentLexiconData.Contrasts), SentimentLexiconData.Contrasts, LexiconRoles.Contrast);
        AddPlain(terms, nameof(SentimentLexiconData.NeutralPhrases), SentimentLexiconData.NeutralPhrases,
            LexiconRoles.Neutral);
        AddPhrasePrefixes(terms);

        var emoticons = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        AddWeighted(emoticons, nameof(SentimentLexiconData.Emoticons), SentimentLexiconData.Emoticons,
            LexiconRoles.Valence);
        return new SentimentLexicon(terms, emoticons, ParseEmoji(SentimentLexiconData.Emoji));
    }

    internal bool TryGetTerm(char[] buffer, int start, int length, out LexiconEntry entry) =>
        terms.TryGet(buffer, start, length, out entry);

    internal bool TryGetEmoticon(char[] buffer, int start, int length, out double valence)
    {
        var found = emoticons.TryGet(buffer, start, length, out var entry);
        valence = entry.Valence;
        return found;
    }

    internal bool TryGetEmoji(int codePoint, out double valence) => emoji.TryGetValue(codePoint, out valence);

    internal bool MayStartEmoticon(char c) => emoticonStarts.IndexOf(c) >= 0;

    private static void AddWeighted(Dictionary<string, LexiconEntry> into, string section, string text,
        LexiconRoles role)
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
            var entry = role == LexiconRoles.Valence
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
