using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.FetchXml;

/// <summary>
/// The elements of Fetch.xsd, with the attributes and child elements each may carry. A query that strays from the schema
/// fails naming the element or attribute, as Dataverse's schema check does; what the schema allows but LocalDataverse
/// does not run fails as not implemented, naming it too.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/index
/// </summary>
internal static class FetchSchema
{
    private static readonly Dictionary<string, (string[] Attributes, string[] Children)> Elements = new(StringComparer.Ordinal)
    {
        ["fetch"] = (
            new[] { "version", "count", "page", "paging-cookie", "utc-offset", "aggregate", "distinct", "top", "mapping", "min-active-row-version", "output-format", "returntotalrecordcount", "no-lock" },
            new[] { "entity", "order" }),
        ["entity"] = (new[] { "name", "enableprefiltering", "prefilterparametername" }, new[] { "all-attributes", "attribute", "order", "link-entity", "filter" }),
        ["link-entity"] = (
            new[] { "name", "to", "from", "alias", "link-type", "visible", "intersect", "enableprefiltering", "prefilterparametername" },
            new[] { "all-attributes", "attribute", "order", "filter", "link-entity" }),
        ["attribute"] = (new[] { "name", "build", "addedby", "alias", "aggregate", "groupby", "dategrouping", "usertimezone", "distinct" }, Array.Empty<string>()),
        ["all-attributes"] = (Array.Empty<string>(), Array.Empty<string>()),
        ["order"] = (new[] { "attribute", "alias", "descending" }, Array.Empty<string>()),
        ["filter"] = (new[] { "type", "isquickfindfields" }, new[] { "condition", "filter" }),
        ["condition"] = (
            new[] { "column", "attribute", "entityname", "operator", "value", "aggregate", "rowaggregate", "alias", "uiname", "uitype", "uihidden" },
            new[] { "value" }),
        ["value"] = (new[] { "uiname", "uitype" }, Array.Empty<string>()),
    };

    /// <summary>Fails unless <paramref name="element"/> carries only what the schema gives it.</summary>
    public static void Check(XElement element)
    {
        var name = element.Name.LocalName;
        var (attributes, children) = Elements[name];
        var attribute = element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration && !attributes.Contains(a.Name.LocalName, StringComparer.Ordinal));
        if (attribute is not null)
        {
            throw Invalid($"The '{attribute.Name.LocalName}' attribute is not declared on the '{name}' element.");
        }

        var child = element.Elements().FirstOrDefault(e => !children.Contains(e.Name.LocalName, StringComparer.Ordinal));
        if (child is not null)
        {
            throw Invalid($"The element '{name}' has invalid child element '{child.Name.LocalName}'.");
        }
    }

    /// <summary>Dataverse's fault for FetchXML that does not follow the schema (QueryBuilderDeserializeInvalidNode).</summary>
    public static Exception Invalid(string message) => DataverseFault.Create(ErrorCodes.QueryBuilderDeserializeInvalidNode, message);

    /// <summary>The fault for a part of FetchXML the schema allows and LocalDataverse does not run.</summary>
    public static Exception NotRun(string what) =>
        DataverseFault.Create(ErrorCodes.NotImplemented, $"LocalDataverse does not run {what} in FetchXML.");
}
