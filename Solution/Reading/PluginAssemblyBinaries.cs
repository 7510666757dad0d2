using System;
using System.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// Finds the bytes of a plug-in assembly declared by PluginAssemblies/&lt;name&gt;-&lt;id&gt;/&lt;name&gt;.dll.data.xml: an assembly
/// handed to the packer wins, so a build can pack the assembly it just compiled; otherwise the .dll beside the data file.
/// </summary>
public static class PluginAssemblyBinaries
{
    /// <summary>The zip entry the data file's FileName names (/PluginAssemblies/... without the leading slash), or null.</summary>
    public static string? ZipPath(SourceDocument dataFile)
    {
        var fileName = dataFile.Root.ChildText("FileName");
        return fileName?.TrimStart('/');
    }

    public static BinaryFile? Find(SolutionSource source, SourceDocument dataFile)
    {
        var zipPath = ZipPath(dataFile);
        if (zipPath == null)
        {
            return null;
        }

        var name = zipPath.Substring(zipPath.LastIndexOf('/') + 1);
        var folder = dataFile.Path.Substring(0, dataFile.Path.LastIndexOf('/') + 1);
        return source.HandedAssemblies.FirstOrDefault(a => string.Equals(a.FileName, name, StringComparison.OrdinalIgnoreCase))
            ?? source.SourceBinaries.FirstOrDefault(b => string.Equals(b.Origin, folder + name, StringComparison.OrdinalIgnoreCase));
    }
}
