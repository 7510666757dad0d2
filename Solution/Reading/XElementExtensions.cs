using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>Reading conveniences over the unpacked source's elements.</summary>
public static class XElementExtensions
{
    // The attributes that name a component in customizations XML, in the order they are worth showing.
    private static readonly string[] IdentifyingAttributes =
        { "Name", "name", "PhysicalName", "uniquename", "schemaname", "Id", "id", "type", "value" };

    /// <summary>Describes an element the way a reader finds it in the file: &lt;name key="value"&gt;.</summary>
    public static string Describe(this XElement element)
    {
        var key = IdentifyingAttributes.Select(a => element.Attribute(a)).FirstOrDefault(a => a != null);
        return key == null ? $"<{element.Name.LocalName}>" : $"<{element.Name.LocalName} {key.Name.LocalName}=\"{key.Value}\">";
    }

    /// <summary>The trimmed text of a child element, or null when the child is missing or empty.</summary>
    public static string? ChildText(this XElement element, string name)
    {
        var text = element.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static bool HasContent(this XElement element) => element.HasElements || element.Value.Trim().Length > 0;
}
