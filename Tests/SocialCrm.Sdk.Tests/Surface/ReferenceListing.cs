using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SocialCrm.Sdk.Tests.Surface;

/// <summary>Reads one of ../shared/reference/*.api.txt into types keyed by full name.</summary>
public static class ReferenceListing
{
    private static readonly string[] KindWords = ["interface", "enum", "struct", "delegate", "class"];

    public static IReadOnlyDictionary<string, ApiType> Read(string path)
    {
        var types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        string? ns = null;
        string? header = null;
        HashSet<string>? members = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("namespace ", StringComparison.Ordinal))
            {
                ns = line["namespace ".Length..].Trim();
            }
            else if (line.StartsWith("    ", StringComparison.Ordinal) && members != null)
            {
                members.Add(line.Trim());
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && ns != null)
            {
                header = line.Trim();
                members = new HashSet<string>(StringComparer.Ordinal);
                var fullName = $"{ns}.{NameOf(header)}";
                types[fullName] = new ApiType(fullName, header, members);
            }
        }
        return types;
    }

    private static string NameOf(string header)
    {
        var beforeBases = header.Split(" : ")[0];
        var words = beforeBases.Split(' ');
        var kindIndex = Array.FindLastIndex(words, w => KindWords.Contains(w));
        return words[kindIndex + 1];
    }
}
