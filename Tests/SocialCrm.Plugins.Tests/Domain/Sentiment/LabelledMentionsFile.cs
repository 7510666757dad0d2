using System;
using System.Collections.Generic;
using System.IO;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>Reads LabelledMentions.tsv from the test output: "label&lt;TAB&gt;text" lines (label positive, neutral,
/// negative or notscored), "#" lines are comments.</summary>
public static class LabelledMentionsFile
{
    public static IReadOnlyList<LabelledMention> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Domain", "Sentiment", "LabelledMentions.tsv");
        var mentions = new List<LabelledMention>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            // Only a text nothing can be read from may be empty.
            if (tab < 0 || !Enum.TryParse<SentimentLabel>(line[..tab], ignoreCase: true, out var label) ||
                (line[(tab + 1)..].Trim().Length == 0 && label != SentimentLabel.NotScored))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected \"label<TAB>text\", got \"{line}\".");
            }

            mentions.Add(new LabelledMention(mentions.Count, label, line[(tab + 1)..]));
        }

        return mentions;
    }
}
