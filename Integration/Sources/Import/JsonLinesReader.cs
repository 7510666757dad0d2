using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>Reads JSON Lines (https://jsonlines.org): each non-blank line is one mention object.</summary>
public static class JsonLinesReader
{
    public static IEnumerable<ImportRecord> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problems = new List<FieldProblem>();
            MentionInput input;
            try
            {
                using var document = JsonDocument.Parse(line);
                input = MentionJson.ReadInput(document.RootElement, problems);
            }
            catch (JsonException e)
            {
                input = new MentionInput();
                problems.Add(new FieldProblem("(line)", $"The line is not JSON: {e.Message}"));
            }

            yield return new ImportRecord(lineNumber, input, problems);
        }
    }
}
