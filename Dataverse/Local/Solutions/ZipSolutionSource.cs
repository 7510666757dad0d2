using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>A solution zip, as an admin imports it.</summary>
public sealed class ZipSolutionSource : ISolutionSource
{
    private readonly ZipArchive archive;

    public ZipSolutionSource(string path)
    {
        Origin = path;
        archive = ZipFile.OpenRead(path);
        Files = archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).Select(e => e.FullName.Replace('\\', '/').TrimStart('/')).ToList();
    }

    public string Origin { get; }

    public IReadOnlyList<string> Files { get; }

    public byte[] ReadBytes(string path)
    {
        var entry = archive.Entries.First(e => e.FullName.Replace('\\', '/').TrimStart('/') == path);
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => archive.Dispose();
}
