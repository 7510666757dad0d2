using System;
using System.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// A web resource as SolutionPackager keeps it: WebResources/&lt;name&gt;.data.xml (merged into customizations.xml's
/// &lt;WebResources&gt;) beside the file itself, which goes into the zip at the path the data file's &lt;FileName&gt; names.
/// </summary>
public static class WebResourceFiles
{
    public const string Folder = "WebResources";
    public const string DataSuffix = ".data.xml";

    /// <summary>True for a web resource's file itself (a script, a page, an image), not its data file.</summary>
    public static bool IsContent(string componentPath) =>
        componentPath.StartsWith(Folder + "/", StringComparison.Ordinal) && !componentPath.EndsWith(DataSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The zip entry &lt;FileName&gt; names, without its leading slash, or null.</summary>
    public static string? ZipPath(SourceDocument dataFile) => dataFile.Root.ChildText("FileName")?.TrimStart('/');

    /// <summary>The file beside the data file (its path without .data.xml), or null when it is missing.</summary>
    public static BinaryFile? Find(SolutionSource source, SourceDocument dataFile)
    {
        var contentPath = dataFile.Path.Substring(0, dataFile.Path.Length - DataSuffix.Length);
        return source.SourceBinaries.FirstOrDefault(b => string.Equals(b.Origin, contentPath, StringComparison.Ordinal));
    }
}
