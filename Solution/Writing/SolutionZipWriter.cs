using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Writing;

/// <summary>
/// Last stage of packing: writes a validated source as a solution zip. The same source gives the same bytes: entries are
/// sorted, every entry carries <see cref="EntryTime"/>, and the XML is serialized the same way everywhere.
/// </summary>
public sealed class SolutionZipWriter
{
    /// <summary>The modification time of every entry (zip times start in 1980; any fixed value does).</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="controls">The built code components; see <see cref="ControlEntries"/>.</param>
    public void Write(SolutionSource source, Stream output, IReadOnlyList<ControlBuild>? controls = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in Entries(source, controls))
        {
            var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.Optimal);
            zipEntry.LastWriteTime = EntryTime;
            using var stream = zipEntry.Open();
            stream.Write(entry.Content, 0, entry.Content.Length);
        }
    }

    /// <summary>The entries in zip order: [Content_Types].xml first, as packaging conventions expect, then by path.</summary>
    public IReadOnlyList<PackageEntry> Entries(SolutionSource source, IReadOnlyList<ControlBuild>? controls = null)
    {
        var entries = new List<PackageEntry>
        {
            new("solution.xml", XmlBytes.Of(ManifestComposer.Compose(source))),
            new("customizations.xml", XmlBytes.Of(CustomizationsComposer.Compose(source))),
        };
        entries.AddRange(source.CopiedDocuments.Select(d => new PackageEntry(d.ComponentPath, XmlBytes.Of(d.Document))));
        foreach (var dataFile in source.Merged("SolutionPluginAssemblies"))
        {
            entries.Add(new PackageEntry(PluginAssemblyBinaries.ZipPath(dataFile)!, PluginAssemblyBinaries.Find(source, dataFile)!.Content));
        }

        entries.AddRange(source.Merged("WebResources").Select(w => new PackageEntry(WebResourceFiles.ZipPath(w)!, WebResourceFiles.Find(source, w)!.Content)));
        entries.AddRange(ControlEntries.Of(source, controls ?? Array.Empty<ControlBuild>()));
        var sorted = entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        sorted.Insert(0, new PackageEntry(ContentTypesComposer.EntryName, XmlBytes.Of(ContentTypesComposer.Compose(sorted.Select(e => e.Path)))));
        return sorted;
    }
}
