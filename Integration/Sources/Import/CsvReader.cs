using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>
/// Reads CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180): comma-separated, fields in double quotes
/// may hold commas, doubled quotes and line breaks. The first record is the header: field names of a mention in any
/// letter case and order; a header naming anything else stops the import before a record is read. A record's line
/// number is the line it starts on, so a quoted multi-line text does not shift the numbers of the records after it.
/// </summary>
public static class CsvReader
{
    private static readonly Dictionary<string, PropertyInfo> Columns = typeof(MentionInput).GetProperties()
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ImportRecord> Read(TextReader reader)
    {
        var cursor = new Cursor(reader);
        var header = cursor.ReadRecord()
            ?? throw new ImportFileException("The CSV file is empty: its first line must name the fields.");
        var columns = header.Fields.Select(Column).ToArray();

        while (cursor.ReadRecord() is { } record)
        {
            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
            {
                continue;
            }

            var problems = new List<FieldProblem>();
            if (record.UnclosedQuote)
            {
                problems.Add(new FieldProblem("(record)", "A quoted field is not closed before the end of the file."));
            }

            if (record.Fields.Count != columns.Length)
            {
                problems.Add(new FieldProblem("(record)", $"The record has {record.Fields.Count} fields and the header {columns.Length}."));
            }

            var input = new MentionInput();
            for (var i = 0; i < Math.Min(columns.Length, record.Fields.Count); i++)
            {
                columns[i].SetValue(input, record.Fields[i].Length == 0 ? null : record.Fields[i]);
            }

            yield return new ImportRecord(record.Line, input, problems);
        }
    }

    private static PropertyInfo Column(string name) =>
        Columns.TryGetValue(name.Trim(), out var property)
            ? property
            : throw new ImportFileException($"The CSV header names '{name}', which is not a field of a mention; the fields are {string.Join(", ", Columns.Keys)}.");

    private sealed record CsvRecord(int Line, List<string> Fields, bool UnclosedQuote);

    /// <summary>Reads characters one record at a time, counting lines. The reader buffers, so a character at a time is cheap.</summary>
    private sealed class Cursor(TextReader reader)
    {
        private int line = 1;

        public CsvRecord? ReadRecord()
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var any = false;

            while (true)
            {
                var next = reader.Read();
                if (next < 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    fields.Add(field.ToString());
                    return new CsvRecord(start, fields, quoted);
                }

                any = true;
                var c = (char)next;
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    line++;
                    fields.Add(field.ToString());
                    return new CsvRecord(start, fields, false);
                }
                else
                {
                    field.Append(c);
                }
            }
        }
    }
}
