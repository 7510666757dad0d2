using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>
/// Which Plugins/Schema constants the plug-in code refers to, read from the repository's Plugins/*.cs outside Schema/.
/// A reference is <c>SchemaClass.Field</c>, or <c>Alias.Field</c> where the file says
/// <c>using Alias = SocialCrm.Plugins.Schema.SchemaClass;</c> (the stores name their table <c>Table</c>).
/// </summary>
public sealed class PluginSchemaReferences
{
    private static readonly Regex Alias = new(@"^\s*using\s+(\w+)\s*=\s*SocialCrm\.Plugins\.Schema\.([\w.]+)\s*;", RegexOptions.Multiline);

    private readonly HashSet<string> _references;

    private PluginSchemaReferences(HashSet<string> references)
    {
        _references = references;
    }

    public static PluginSchemaReferences Current { get; } = Read(Path.Combine(RepositoryPaths.RepoRoot, "Plugins"));

    /// <summary>Reads every .cs file under <paramref name="pluginsFolder"/> except Schema/, bin/ and obj/.</summary>
    public static PluginSchemaReferences Read(string pluginsFolder)
    {
        var skipped = new[] { "Schema", "bin", "obj" }.Select(d => Path.Combine(pluginsFolder, d) + Path.DirectorySeparatorChar).ToArray();
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(pluginsFolder, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !skipped.Any(s => f.StartsWith(s, StringComparison.Ordinal))))
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
