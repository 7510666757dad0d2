using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>A solution zip read into memory: its entries by name, in zip order.</summary>
public sealed class PackedZip
{
    public PackedZip(string path)
    {
        Path = path;
        Bytes = File.ReadAllBytes(path);
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        Entries = zip.Entries.Select(e => e.FullName).ToList();
        Timestamps = zip.Entries.Select(e => e.LastWriteTime).ToList();
        Contents = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }, StringComparer.Ordinal);
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Entries { get; }

    public IReadOnlyList<DateTimeOffset> Timestamps { get; }

    public IReadOnlyDictionary<string, byte[]> Contents { get; }

    public XDocument Xml(string entry) => XDocument.Load(new MemoryStream(Contents[entry]));

    public XDocument Customizations => Xml("customizations.xml");

    public XDocument Manifest => Xml("solution.xml");
}
