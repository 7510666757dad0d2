using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SocialCrm.Solution.Tests.Schemas;

/// <summary>
/// Validates XML against an official schema set and returns every error, with the element it is on.
///
/// One documented gap is handled explicitly rather than skipped: a differential form (a solution's change to a form another
/// publisher owns, such as the contact main form) marks what it adds with solutionaction="Added"
/// (https://learn.microsoft.com/power-platform/alm/form-alm#differential-diff-formxml). FormXml.xsd 9.0.0.2090 defines that
/// attribute's type, solutionactionType, but attaches it to no form element, so the validator reports it as undeclared. Such
/// an attribute is accepted only when its value is one of solutionactionType's own values and it stands on an element a
/// diff can add (tab, section, row, cell, control); the element and everything in it are validated as usual.
/// </summary>
public static class SchemaValidation
{
    private static readonly string[] DiffElements = { "tab", "section", "row", "cell", "control" };

    public static IReadOnlyList<string> Errors(XElement element, XmlSchemaSet schemas)
    {
        var document = new XDocument(new XElement(element));
        var errors = new List<string>();
        var diffValues = SolutionActionValues(schemas);
        document.Validate(schemas, (sender, e) =>
        {
            if (sender is XAttribute { Name.LocalName: "solutionaction" } marker && diffValues.Contains(marker.Value)
                && DiffElements.Contains(marker.Parent!.Name.LocalName))
            {
                return;
            }

            errors.Add($"{Where(sender)}: {e.Severity}: {e.Message}");
        });
        return errors;
    }

    /// <summary>The enumeration of solutionactionType as the schema set defines it (empty when the set has no such type).</summary>
    public static ISet<string> SolutionActionValues(XmlSchemaSet schemas) =>
        (schemas.GlobalTypes[new XmlQualifiedName("solutionactionType")] as XmlSchemaSimpleType)?.Content is XmlSchemaSimpleTypeRestriction restriction
            ? restriction.Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToHashSet()
            : new HashSet<string>();

    private static string Where(object? sender) => sender switch
    {
        XAttribute attribute => $"{Path(attribute.Parent!)}/@{attribute.Name.LocalName}",
        XElement element => Path(element),
        _ => "(document)",
    };

    private static string Path(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Select(e =>
            e.Attribute("name") is { } name ? $"{e.Name.LocalName}[@name='{name.Value}']"
            : e.Attribute("id") is { } id ? $"{e.Name.LocalName}[@id='{id.Value}']"
            : e.Name.LocalName));
}
