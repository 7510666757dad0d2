using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// A web resource has its file beside its data file and a &lt;FileName&gt; to pack it at, and every "$webresource:" a
/// table's command bar loads is a web resource of the solution: otherwise the button fails only when someone clicks it.
/// </summary>
public sealed class WebResourceRule : ISolutionRule
{
    private const string LibraryPrefix = "$webresource:";

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var webResources = source.Merged("WebResources").ToList();
        foreach (var dataFile in webResources)
        {
            if (string.IsNullOrEmpty(WebResourceFiles.ZipPath(dataFile)))
            {
                yield return dataFile.Problem("<FileName> is missing: the zip path of the web resource's file.");
            }

            if (WebResourceFiles.Find(source, dataFile) == null)
            {
                yield return dataFile.Problem($"The web resource's file {dataFile.Path.Substring(0, dataFile.Path.Length - WebResourceFiles.DataSuffix.Length)} is missing.");
            }
        }

        var names = webResources.Select(w => w.Root.ChildText("Name")).Where(n => n != null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var ribbon in source.Entities.Select(e => e.RibbonDiff).Where(r => r != null).Select(r => r!))
        {
            foreach (var library in ribbon.Root.Descendants().Where(e => e.Attribute("Library") != null))
            {
                var value = library.Attribute("Library")!.Value;
                if (value.StartsWith(LibraryPrefix, StringComparison.Ordinal) && !names.Contains(value.Substring(LibraryPrefix.Length)))
                {
                    yield return ribbon.Problem(library, $"{value} is no web resource of the solution (WebResources/).");
                }
            }
        }
    }
}
