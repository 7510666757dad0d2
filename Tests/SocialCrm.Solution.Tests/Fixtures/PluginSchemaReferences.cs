using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>
/// Which schema constants (Plugins/Schema and the shared Mentions/MentionTable) the plug-in code refers to, read from
/// the repository's Plugins/*.cs outside Schema/ and the shared Mentions/*.cs compiled into the plug-in assembly.
/// A reference is <c>SchemaClass.Field</c>, or <c>Alias.Field</c> where the file says
/// <c>using Alias = SocialCrm.Plugins.Schema.SchemaClass;</c> (the stores name their table <c>Table</c>).
/// </summary>
public sealed class PluginSchemaReferences
{
    private static readonly Regex Alias = new(@"^\s*using\s+(\w+)\s*=\s*SocialCrm\.(?:Plugins\.Schema|Mentions)\.([\w.]+)\s*;", RegexOptions.Multiline);

    private readonly HashSet<string> _references;

    private PluginSchemaReferences(HashSet<string> references)
    {
        _references = references;
    }

    public static PluginSchemaReferences Current { get; } =
        Read(Path.Combine(RepositoryPaths.RepoRoot, "Plugins"), Path.Combine(RepositoryPaths.RepoRoot, "Mentions"));

    /// <summary>Reads every .cs file under <paramref name="folders"/> except Schema/, bin/ and obj/ and MentionTable.cs itself.</summary>
    public static PluginSchemaReferences Read(params string[] folders)
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in folders.SelectMany(CodeFiles))
        {
            var text = File.ReadAllText(file);
            var aliases = Alias.Matches(text).Cast<Match>().Select(m => (Name: m.Groups[1].Value, Class: m.Groups[2].Value));
            foreach (var (name, schemaClass) in aliases)
            {
                AddUses(references, text, name, schemaClass);
            }
            foreach (Match use in Regex.Matches(text, @"\b([A-Z]\w*Table)\.([A-Z]\w*)\b"))
            {
                references.Add($"{use.Groups[1].Value}.{use.Groups[2].Value}");
            }
        }
        return new PluginSchemaReferences(references);
    }

    private static IEnumerable<string> CodeFiles(string folder)
    {
        var skipped = new[] { "Schema", "bin", "obj" }.Select(d => Path.Combine(folder, d) + Path.DirectorySeparatorChar).ToArray();
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !skipped.Any(s => f.StartsWith(s, StringComparison.Ordinal)) && Path.GetFileName(f) != "MentionTable.cs");
    }

    /// <summary>Whether the code names <paramref name="schemaClass"/>.<paramref name="field"/> (e.g. "ConversationTable", "MentionCount").</summary>
    public bool Uses(string schemaClass, string field) => _references.Contains($"{schemaClass}.{field}");

    private static void AddUses(HashSet<string> references, string text, string alias, string schemaClass)
    {
        foreach (Match use in Regex.Matches(text, $@"(?<![\w.]){Regex.Escape(alias)}\.([A-Z]\w*)\b"))
        {
            references.Add($"{schemaClass}.{use.Groups[1].Value}");
        }
    }
}
