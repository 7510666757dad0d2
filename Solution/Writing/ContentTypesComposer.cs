using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Writing;

/// <summary>Writes [Content_Types].xml, the Open Packaging Conventions part every solution zip starts with.</summary>
public static class ContentTypesComposer
{
    public const string EntryName = "[Content_Types].xml";

    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>One Default per file extension in the package; Dataverse marks them all application/octet-stream.</summary>
    public static XDocument Compose(IEnumerable<string> entryPaths)
    {
        var extensions = entryPaths
            .Append(EntryName)
            .Select(p => Path.GetExtension(p).TrimStart('.').ToLowerInvariant())
            .Where(e => e.Length > 0)
            .Distinct()
            .OrderBy(e => e, StringComparer.Ordinal);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Types + "Types",
                extensions.Select(e => new XElement(Types + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
    }
}
