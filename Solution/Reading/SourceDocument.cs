using System.Xml;
using System.Xml.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>One XML file of the unpacked source.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, string componentPath, XDocument document)
    {
        Path = path;
        ComponentPath = componentPath;
        Document = document;
    }

    /// <summary>Where the file is, relative to the source folder: what problems name.</summary>
    public string Path { get; }

    /// <summary>
    /// The component the file stands for. It differs from <see cref="Path"/> only for a managed variant
    /// (<c>X_managed.xml</c>), which stands for <c>X.xml</c> in a managed package.
    /// </summary>
    public string ComponentPath { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    /// <summary>The file name without its folder and without the .xml extension (and _managed suffix).</summary>
    public string ComponentName
    {
        get
        {
            var name = ComponentPath.Substring(ComponentPath.LastIndexOf('/') + 1);
            return name.EndsWith(".xml", System.StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
        }
    }

    public SolutionProblem Problem(XElement element, string message) =>
        new(Path, ((IXmlLineInfo)element).LineNumber, element.Describe(), message);

    public SolutionProblem Problem(string message) => Problem(Root, message);
}
