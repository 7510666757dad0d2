using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// A solution zip, as an admin imports it. An entry is read only up to <see cref="MaxEntryBytes"/> and the whole zip up
/// to <see cref="MaxTotalBytes"/>, counted as the bytes come out (a zip's stated sizes can lie), so a small zip that
/// unpacks to gigabytes is refused before it fills memory.
/// </summary>
public sealed class ZipSolutionSource : ISolutionSource
{
    /// <summary>95 MB: Dataverse's limit on a solution file
    /// (https://learn.microsoft.com/power-apps/maker/data-platform/import-update-export-solutions); no entry of one is larger.</summary>
    public const long MaxEntryBytes = 95L * 1024 * 1024;

    /// <summary>What all the entries read from one zip may add up to.</summary>
    public const long MaxTotalBytes = 4 * MaxEntryBytes;

    private readonly ZipArchive archive;
    private readonly long maxEntryBytes;
    private long totalRead;

    public ZipSolutionSource(string path)
        : this(path, MaxEntryBytes)
    {
    }

    /// <param name="maxEntryBytes">The largest entry read; the whole zip may hold four times as much.</param>
    public ZipSolutionSource(string path, long maxEntryBytes)
    {
        Origin = path;
        this.maxEntryBytes = maxEntryBytes;
        archive = ZipFile.OpenRead(path);
        Files = archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).Select(e => e.FullName.Replace('\\', '/').TrimStart('/')).ToList();
    }

    public string Origin { get; }

    public IReadOnlyList<string> Files { get; }

    /// <exception cref="InvalidDataException">The entry, or the zip so far, unpacks to more than the limit.</exception>
    public byte[] ReadBytes(string path)
    {
        var entry = archive.Entries.First(e => e.FullName.Replace('\\', '/').TrimStart('/') == path);
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            totalRead += read;
            if (copy.Length > maxEntryBytes || totalRead > 4 * maxEntryBytes)
            {
                throw new InvalidDataException(
                    $"{Origin}/{path} unpacks to more than {maxEntryBytes / (1024 * 1024)} MB (or the zip to more than {4 * maxEntryBytes / (1024 * 1024)} MB), more than a solution can hold: the zip is refused.");
            }
        }

        return copy.ToArray();
    }

    public void Dispose() => archive.Dispose();
}
