using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// One pass over one text's tokens: finds the lexicon terms (phrases first, then words, then stretched words folded
/// back), and applies the rules that act between neighbouring words: negation, modifiers before and after a term,
/// capitals and stretching. Created per text, so the scorer itself holds no state.
/// </summary>
internal sealed class SentimentWalk
{
    private const int MaxPhraseWords = 3;

    // Elongated letter runs tried when folding a word; four runs give 16 spellings, enough for "happppyyyy".
    private const int MaxFoldedRuns = 4;

    private const LexiconRoles Sentiment = LexiconRoles.Valence | LexiconRoles.Modifier | LexiconRoles.PostModifier |
                                           LexiconRoles.Negator | LexiconRoles.Contrast;

    private static LexiconEntry Laughter =>
        new LexiconEntry(LexiconRoles.Valence | LexiconRoles.Interjection, LaughterPattern.Valence, 1);

    private readonly SentimentLexicon lexicon;
    private readonly char[] text;
    private readonly List<SentimentToken> tokens;
    private readonly char[] scratch;
    private readonly ValenceAccumulator sum = new ValenceAccumulator();
    private readonly bool mostlyLowerCase;

    private int negationLeft;
    private bool negationUnused;
    private double modifier = 1;
    private int modifierLeft;
    private int postModifierLeft;
    private bool opensSentence;

    /// <param name="scratch">At least as long as <paramref name="text"/>; a phrase longer than the text is never tried.</param>
    public SentimentWalk(SentimentLexicon lexicon, char[] text, List<SentimentToken> tokens, char[] scratch)
    {
        this.lexicon = lexicon;
        this.text = text;
        this.tokens = tokens;
        this.scratch = scratch;
        mostlyLowerCase = MostlyLowerCase();
    }

    public ValenceAccumulator Run()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case SentimentTokenKind.Word:
                    opensSentence = sum.AtSentenceStart;
                    if (opensSentence && lexicon.TryGetTerm(text, token.Start, token.Length, out var first) &&
                        first.Has(LexiconRoles.QuestionOpener))
                    {
                        sum.MarkQuestion();
                    }

                    sum.CountWord();
                    if (TellsOfWait(i) || CountsRepeats(i) || ShoutsPlainWord(i))
                    {
                        sum.MarkComplaint(SentimentWeights.Waited, rhetorical: false);
                    }

                    i += ReadTerm(i);
                    break;
                case SentimentTokenKind.Punctuation:
                    EndClause();
                    if (token.EndsSentence)
                    {
                        sum.EndSentence(token.Exclamations, token.Questions);
                    }

                    i++;
                    break;
                default:
                    // Emoticons, emoji and ratings stand outside the sentence's grammar: nothing negates ":(".
                    if (token.Valence != 0)
                    {
                        var repeats = Math.Min(token.Repeats, SentimentWeights.MaxEmoticonRepeats);
                        sum.Add(token.Valence * (1 + (SentimentWeights.EmoticonRepeatStep * repeats)));
                    }

                    EndClause();
                    i++;

                    // People close a sentence with an emoji as with a full stop: "Love it 😍 is there a blue one?" asks
                    // only in its second sentence, so the question does not damp the love.
                    if (i < tokens.Count && tokens[i].Kind == SentimentTokenKind.Word)
                    {
                        sum.EndSentence(0, 0);
                    }

                    break;
            }
        }

        // The text's end closes its last clause as a full stop would: "two hours late and no call" leans as
        // "two hours late and no call." does.
        EndClause();
        sum.EndSentence(0, 0);
        return sum;
    }

    private void EndClause()
    {
        negationLeft = 0;
        ExpireNegation();
        modifier = 1;
        modifierLeft = 0;
        postModifierLeft = 0;
    }

    // Returns how many tokens the term at i used (a phrase uses several).
    private int ReadTerm(int i)
    {
        var length = Resolve(i, out var entry, out var folded);
        if (length == 0 || entry.Has(LexiconRoles.Neutral))
        {
            PassWords(Math.Max(length, 1));
            return Math.Max(length, 1);
        }

        var shouted = AllCaps(i, length);
        if (entry.Has(LexiconRoles.Negator) && !entry.Has(LexiconRoles.Valence))
        {
            negationLeft = SentimentWeights.NegationReach;
            negationUnused = true;
        }
        else if (entry.Has(LexiconRoles.Contrast))
        {
            sum.Contrast();
            EndClause();
        }
        else if (entry.Has(LexiconRoles.PostModifier) && postModifierLeft > 0)
        {
            sum.ScaleLast(entry.Factor);
            postModifierLeft = 0;
        }
        else if (entry.Has(LexiconRoles.Excess) && PlainWord(i + length))
        {
            AddValence(entry.Valence, length + 1, shouted, folded);
            return length + 1;
        }
        else if (entry.Has(LexiconRoles.Modifier) && (!entry.Has(LexiconRoles.Valence) || StartsTerm(i + length)))
        {
            // A shouted or stretched modifier ("SO good", "sooo good") pushes its factor further from 1.
            var stress = (shouted ? SentimentWeights.Capitals : 1) * (folded ? SentimentWeights.Elongation : 1);
            modifier *= 1 + ((entry.Factor - 1) * stress);
            modifierLeft = SentimentWeights.ModifierReach;
            negationLeft = Math.Max(0, negationLeft - length);
        }
        else if (entry.Has(LexiconRoles.Expected) && !entry.Has(LexiconRoles.Valence))
        {
            ReadExpected(entry.Valence, length, shouted, folded);
        }
        else if (entry.Has(LexiconRoles.Persistent) && !opensSentence && RepeatedAction(i + length))
        {
            AddValence(entry.Valence, length + 1, shouted, folded);
            return length + 1;
        }
        else if (entry.Has(LexiconRoles.Rhetorical) && opensSentence)
        {
            sum.MarkComplaint(entry.Valence, rhetorical: true);
            PassWords(length);
        }
        else if (entry.Has(LexiconRoles.ComplaintSign) && !entry.Has(LexiconRoles.Valence))
        {
            sum.MarkComplaint(entry.Valence, rhetorical: false);
            PassWords(length);
        }
        else if (entry.Has(LexiconRoles.Interjection))
        {
            // Laughter and groans stand outside the clause: no negator or modifier before them reaches them.
            sum.Add(entry.Valence * (shouted ? SentimentWeights.Capitals : 1) * (folded ? SentimentWeights.Elongation : 1));
            PassWords(length);
        }
        else if (entry.Has(LexiconRoles.Valence))
        {
            if (entry.Has(LexiconRoles.SarcasticTag))
            {
                sum.MarkSarcasticTag();
            }

            AddValence(entry.Valence, length, shouted, folded);
        }
        else
        {
            PassWords(length);
        }

        return length;
    }

    private void AddValence(double valence, int words, bool shouted, bool folded)
    {
        if (modifierLeft > 0)
        {
            valence *= modifier;
        }

        if (shouted)
        {
            valence *= SentimentWeights.Capitals;
        }

        if (folded)
        {
            valence *= SentimentWeights.Elongation;
        }

        if (negationLeft > 0)
        {
            valence *= SentimentWeights.Negation;
            negationUnused = false;
        }

        sum.Add(valence);
        negationLeft = Math.Max(0, negationLeft - words);
        ExpireNegation();
        modifier = 1;
        modifierLeft = 0;
        postModifierLeft = SentimentWeights.PostModifierReach;
    }

    // A negated expectation ("never arrived") is a failure with the expectation's weight as its valence; otherwise the
    // word says nothing.
    private void ReadExpected(double failure, int words, bool shouted, bool folded)
    {
        if (negationLeft == 0)
        {
            PassWords(words);
            return;
        }

        negationLeft = 0;
        negationUnused = false;
        AddValence(failure, words, shouted, folded);
    }

    // True when the word at i is an action ("-ing") with no sentiment of its own: "keeps logging", not "keeps crashing"
    // (rated itself) nor "keeps me".
    private bool RepeatedAction(int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != SentimentTokenKind.Word || tokens[i].Length < 5)
        {
            return false;
        }

        var end = tokens[i].Start + tokens[i].Length;
        return text[end - 3] == 'i' && text[end - 2] == 'n' && text[end - 1] == 'g' &&
               (Resolve(i, out var entry, out _) == 0 || (entry.Roles & Sentiment) == 0);
    }

    // True when the word at i is a content word with no sentiment of its own: "firm" in "too firm", not "cute", "the"
    // or "lol".
    private bool PlainWord(int i) =>
        i < tokens.Count && tokens[i].Kind == SentimentTokenKind.Word && !WordHas(i, LexiconRoles.EnglishWord) &&
        (Resolve(i, out var entry, out _) == 0 || (entry.Roles & Sentiment) == 0);

    // A time unit with a count, opened by "for", "been"... or closed by "later", "now"...: "on hold for 50 minutes",
    // "five days later".
    private bool TellsOfWait(int i) =>
        WordHas(i, LexiconRoles.TimeUnit) && i > 0 && (WordHas(i - 1, LexiconRoles.Quantity) || IsNumber(i - 1)) &&
        ((i > 1 && WordHas(i - 2, LexiconRoles.SpanStart)) || WordHas(i + 1, LexiconRoles.SpanEnd));

    // An everyday word in capitals amid lower-case text is stressed in anger more often than in joy ("in the BIN", "the
    // PAID plan", "AND the charger"); joy comes with "!" or a good word, which keep the sentence from leaning. A text
    // all in capitals shouts throughout and stresses nothing in particular; acronyms are not everyday words.
    private bool ShoutsPlainWord(int i) =>
        mostlyLowerCase && tokens[i].AllCaps && tokens[i].Length >= 3 &&
        WordHas(i, LexiconRoles.Vocabulary | LexiconRoles.EnglishWord) && !WordHas(i, Sentiment);

    private bool MostlyLowerCase()
    {
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == SentimentTokenKind.Word)
            {
                words++;
                capitalised += token.AllCaps ? 1 : 0;
            }
        }

        return capitalised * 3 <= words;
    }

    // A repeat with its count: "logged me out 5 times", "called three times"; not a rate ("three times a day").
    private bool CountsRepeats(int i) =>
        WordHas(i, LexiconRoles.Repeat) && i > 0 && (WordHas(i - 1, LexiconRoles.Quantity) || IsNumber(i - 1)) &&
        !WordHas(i + 1, LexiconRoles.RateWord);

    private bool WordHas(int i, LexiconRoles role) =>
        i < tokens.Count && tokens[i].Kind == SentimentTokenKind.Word &&
        lexicon.HasRole(text, tokens[i].Start, tokens[i].Length, role);

    private bool IsNumber(int i)
    {
        var token = tokens[i];
        if (token.Kind != SentimentTokenKind.Word)
        {
            return false;
        }

        for (var k = token.Start; k < token.Start + token.Length; k++)
        {
            if (text[k] < '0' || text[k] > '9')
            {
                return false;
            }
        }

        return true;
    }

    // Words with no sentiment of their own use up the reach of the negator and modifiers before them.
    private void PassWords(int words)
    {
        negationLeft = Math.Max(0, negationLeft - words);
        ExpireNegation();
        postModifierLeft = Math.Max(0, postModifierLeft - words);
        modifierLeft = Math.Max(0, modifierLeft - words);
        if (modifierLeft == 0)
        {
            modifier = 1;
        }
    }

    private void ExpireNegation()
    {
        if (negationLeft == 0 && negationUnused)
        {
            sum.Lean(SentimentWeights.UnresolvedNegation);
            negationUnused = false;
        }
    }

    // True when the word at i carries valence or modifies: decides whether "pretty" in "pretty good" is a modifier.
    private bool StartsTerm(int i) =>
        i < tokens.Count && tokens[i].Kind == SentimentTokenKind.Word && Resolve(i, out var entry, out _) > 0 &&
        entry.Has(LexiconRoles.Valence | LexiconRoles.Modifier);

    private int Resolve(int i, out LexiconEntry entry, out bool folded)
    {
        folded = false;
        var token = tokens[i];
        if (lexicon.TryGetTerm(text, token.Start, token.Length, out var word))
        {
            if (word.Has(LexiconRoles.PhrasePrefix))
            {
                for (var words = MaxPhraseWords; words >= 2; words--)
                {
                    if (TryPhrase(i, words, out entry))
                    {
                        return words;
                    }
                }
            }

            if (word.Roles != LexiconRoles.PhrasePrefix)
            {
                entry = word;
                return 1;
            }
        }

        folded = token.Elongated && TryFolded(token, out word);
        if (!folded && LaughterPattern.Matches(text, token.Start, token.Length))
        {
            entry = Laughter;
            return 1;
        }

        entry = word;
        return folded ? 1 : 0;
    }

    private bool TryPhrase(int i, int words, out LexiconEntry entry)
    {
        entry = default;
        if (i + words > tokens.Count)
        {
            return false;
        }

        var length = 0;
        for (var k = i; k < i + words; k++)
        {
            var token = tokens[k];
            if (token.Kind != SentimentTokenKind.Word || length + 1 + token.Length > text.Length)
            {
                return false;
            }

            if (k > i)
            {
                scratch[length++] = ' ';
            }

            Array.Copy(text, token.Start, scratch, length, token.Length);
            length += token.Length;
        }

        return lexicon.TryGetTerm(scratch, 0, length, out entry) && entry.Roles != LexiconRoles.PhrasePrefix;
    }

    // "sooo" -> "soo", "so"; "happpyyy" -> "happyy", "hapyy", "happy"...: every run of three or more letters is tried
    // at two letters and at one, until a spelling is in the lexicon.
    private bool TryFolded(SentimentToken token, out LexiconEntry entry)
    {
        entry = default;
        var runs = 0;
        for (var k = token.Start + 2; k < token.Start + token.Length; k++)
        {
            if (text[k] == text[k - 1] && text[k] == text[k - 2] && (k + 1 == token.Start + token.Length ||
                                                                   text[k + 1] != text[k]))
            {
                runs++;
            }
        }

        runs = Math.Min(runs, MaxFoldedRuns);
        for (var mask = 0; mask < 1 << runs; mask++)
        {
            var length = Fold(token, mask);
            if (lexicon.TryGetTerm(scratch, 0, length, out entry) && (entry.Roles & Sentiment) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Writes the token to scratch with its long runs shortened: run r keeps one letter when bit r of mask is set,
    // two otherwise. Runs past MaxFoldedRuns keep two letters.
    private int Fold(SentimentToken token, int mask)
    {
        var length = 0;
        var run = 0;
        var end = token.Start + token.Length;
        for (var k = token.Start; k < end;)
        {
            var runEnd = k + 1;
            while (runEnd < end && text[runEnd] == text[k])
            {
                runEnd++;
            }

            var keep = runEnd - k;
            if (keep >= 3)
            {
                keep = run < MaxFoldedRuns && (mask & (1 << run)) != 0 ? 1 : 2;
                run++;
            }

            for (var c = 0; c < keep; c++)
            {
                scratch[length++] = text[k];
            }

            k = runEnd;
        }

        return length;
    }

    private bool AllCaps(int i, int words)
    {
        for (var k = i; k < i + words; k++)
        {
            if (!tokens[k].AllCaps)
            {
                return false;
            }
        }

        return true;
    }
}
