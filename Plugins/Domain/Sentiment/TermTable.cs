using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Sentiment;

/// <summary>
/// A read-only open-addressing hash table keyed by a run of characters inside a buffer, so the scorer looks a word up
/// where it lies in the text instead of allocating a string per word (net462 has no span-keyed dictionary lookup).
/// Filled once in the constructor and never changed after, so concurrent readers are safe.
/// </summary>
internal sealed class TermTable
{
    private readonly string?[] keys;
    private readonly LexiconEntry[] entries;
    private readonly int mask;

    public TermTable(IDictionary<string, LexiconEntry> terms)
    {
        var capacity = 16;
        while (capacity < terms.Count * 2)
        {
            capacity *= 2;
        }

        keys = new string?[capacity];
        entries = new LexiconEntry[capacity];
        mask = capacity - 1;
        foreach (var term in terms)
        {
            var slot = Hash(term.Key.ToCharArray(), 0, term.Key.Length) & mask;
            while (keys[slot] != null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = term.Key;
            entries[slot] = term.Value;
        }

        Count = terms.Count;
    }

    public int Count { get; }

    public bool TryGet(char[] buffer, int start, int length, out LexiconEntry entry)
    {
        var slot = Hash(buffer, start, length) & mask;
        for (var key = keys[slot]; key != null; key = keys[slot])
        {
            if (SameChars(key, buffer, start, length))
            {
                entry = entries[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        entry = default;
        return false;
    }

    // FNV-1a over UTF-16 code units: cheap, and stable across runtimes (string.GetHashCode is randomised on .NET Core).
    private static int Hash(char[] buffer, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ buffer[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }

    private static bool SameChars(string key, char[] buffer, int start, int length)
    {
        if (key.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (key[i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
