using System.IO;

namespace SocialCrm.Integration.Sources.Import;

public static class ImportFormats
{
    /// <summary>The format a file's extension names: .jsonl/.ndjson/.json are JSON Lines, .csv is CSV.</summary>
    public static ImportFormat FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => ImportFormat.JsonLines,
        ".csv" => ImportFormat.Csv,
        var other => throw new ImportFileException($"{Path.GetFileName(path)}: cannot tell the format from '{other}'; name the file .jsonl or .csv, or give --format."),
    };
}
