using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Lenient navigation over solution XML: exports differ in the case of element names (optionsets/OptionSets), so
/// names compare case-insensitively.
/// </summary>
internal static class SolutionXml
{
    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => Is(e, name));

    public static IEnumerable<XElement> Children(this XElement element, string name) =>
        element.Elements().Where(e => Is(e, name));

    public static IEnumerable<XElement> Descendants(this XElement element, string name) =>
        element.Descendants().Where(e => Is(e, name));

    public static string? Text(this XElement element, string childName)
    {
        var value = element.Child(childName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Attr(this XElement element, string name)
    {
        var value = element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int? Int(this XElement element, string childName) =>
        int.TryParse(element.Text(childName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool Flag(this XElement element, string childName)
    {
        var text = element.Text(childName);
        return text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
    }

    public static Guid? Guid(string? text) => System.Guid.TryParse(text, out var id) ? id : null;

    /// <summary>The label of an option or display name: the element's default attribute, else its first label.</summary>
    public static string? Label(this XElement element) =>
        element.Attr("default") ?? element.Descendants("label").Select(l => l.Attr("description")).FirstOrDefault(d => d is not null);

    public static List<string> CommaList(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToLowerInvariant()).ToList();

    private static bool Is(XElement element, string name) =>
        string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);
}
