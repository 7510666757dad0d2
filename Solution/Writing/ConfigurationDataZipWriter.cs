using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SocialCrm.Solution.Writing;

/// <summary>
/// Writes the configuration data package shipped beside the solution zips: the Configuration Migration tool's three
/// files ([Content_Types].xml, data.xml, data_schema.xml) at the zip's root, as the tool exports them and Package
/// Deployer imports them (https://learn.microsoft.com/power-platform/admin/manage-configuration-data). Each file must be
/// well-formed XML; entries are sorted and carry <see cref="SolutionZipWriter.EntryTime"/>, so the same source gives the same bytes.
/// </summary>
public static class ConfigurationDataZipWriter
{
    public static readonly string[] Files = { "[Content_Types].xml", "data.xml", "data_schema.xml" };

    /// <summary>Whether <paramref name="folder"/> holds a data package's source (its data_schema.xml).</summary>
    public static bool IsDataFolder(string folder) => File.Exists(Path.Combine(folder, "data_schema.xml"));

    /// <exception cref="SolutionValidationException">A file is missing or is not well-formed XML.</exception>
    public static void Write(string folder, string zipPath)
    {
        var problems = Files.Select(file => Problem(folder, file)).OfType<SolutionProblem>().ToList();
        if (problems.Count > 0)
        {
            throw new SolutionValidationException(problems);
        }

        using var output = File.Create(zipPath);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var file in Files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
            entry.LastWriteTime = SolutionZipWriter.EntryTime;
            using var stream = entry.Open();
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            stream.Write(bytes, 0, bytes.Length);
        }
    }

    private static SolutionProblem? Problem(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return new SolutionProblem(path, 0, file, "A configuration data package needs this file.");
        }

        try
        {
            XDocument.Load(path);
            return null;
        }
        catch (XmlException e)
        {
            return new SolutionProblem(path, e.LineNumber, file, e.Message);
        }
    }
}
