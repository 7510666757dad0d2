using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// The regular inflections of an English word, so the lexicon lists "scare" once and still knows "scares", "scared",
/// "scaring", and "terrify" knows "terrifies". Spelling rules only: a form that is not a real word is never looked up
/// by any text, so over-generating costs a table slot and nothing else. Comparatives are written out in the data rather
/// than generated ("numb" + "er" is "number"), and so are irregular forms.
/// </summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string word)
    {
        if (word.Length < 3 || !IsLetters(word))
        {
            yield break;
        }

        var last = word[word.Length - 1];
        var stem = word.Substring(0, word.Length - 1);
        if (last == 'y' && !IsVowel(word[word.Length - 2]))
        {
            foreach (var suffix in new[] { "ies", "ied", "ily" })
            {
                yield return stem + suffix;
            }

            yield return word + "ing";
        }
        else if (last == 'e')
        {
            foreach (var suffix in new[] { "s", "d", "ly" })
            {
                yield return word + suffix;
            }

            yield return stem + "ing";
        }
        else
        {
            var sibilant = last is 's' or 'x' or 'z' || word.EndsWith("ch") || word.EndsWith("sh");
            yield return word + (sibilant ? "es" : "s");
            foreach (var suffix in new[] { "ed", "ing", "ly" })
            {
                yield return word + suffix;
                if (EndsConsonantVowelConsonant(word))
                {
                    yield return word + last + suffix;
                }
            }
        }
    }

    // "stop" -> "stopped", "sob" -> "sobbing": a short word ending consonant-vowel-consonant doubles its last letter.
    private static bool EndsConsonantVowelConsonant(string word)
    {
        var n = word.Length;
        return n <= 5 && !IsVowel(word[n - 1]) && word[n - 1] is not ('w' or 'x' or 'y') && IsVowel(word[n - 2]) &&
               !IsVowel(word[n - 3]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
