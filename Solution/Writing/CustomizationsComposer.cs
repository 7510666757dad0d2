using System;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Writing;

/// <summary>
/// Writes customizations.xml as SolutionPackager does: the Other/Customizations.xml skeleton with each table's Entity.xml,
/// forms, views, charts and RibbonDiff.xml, and every merged component folder, put into their elements.
/// </summary>
public static class CustomizationsComposer
{
    private static readonly string[] EntityPlaceholders = { "FormXml", "SavedQueries", "Visualizations" };

    public static XDocument Compose(SolutionSource source)
    {
        var customizations = new XDocument(source.Customizations!.Document);
        var root = customizations.Root!;
        root.Element("Entities")!.Add(source.Entities.OrderBy(e => e.Folder, StringComparer.Ordinal).Select(ComposeEntity));
        foreach (var folder in ComponentFolder.All)
        {
            var target = root.Element(folder.TargetElement)!;
            foreach (var document in source.Merged(folder.TargetElement).OrderBy(d => d.ComponentPath, StringComparer.Ordinal))
            {
                // Nodes, not elements: the comments that explain a relationship's cascade travel with it.
                target.Add(folder.MergesChildren ? document.Root.Nodes() : document.Root);
            }
        }

        return customizations;
    }

    private static XElement ComposeEntity(EntitySource entity)
    {
        var element = new XElement(entity.Entity.Root);
        element.Elements().Where(e => EntityPlaceholders.Contains(e.Name.LocalName)).Remove();
        if (entity.Forms.Count > 0)
        {
            element.Add(new XElement("FormXml",
                entity.Forms
                    .GroupBy(f => f.FormType)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new XElement("forms", new XAttribute("type", g.Key),
                        g.OrderBy(f => f.Document.ComponentPath, StringComparer.Ordinal).Select(f => f.Document.Root.Elements("systemform"))))));
        }

        if (entity.Views.Count > 0)
        {
            element.Add(new XElement("SavedQueries", new XElement("savedqueries",
                entity.Views.OrderBy(v => v.ComponentPath, StringComparer.Ordinal).Select(v => v.Root.Elements("savedquery")))));
        }

        if (entity.Visualizations.Count > 0)
        {
            element.Add(new XElement("Visualizations",
                entity.Visualizations.OrderBy(v => v.ComponentPath, StringComparer.Ordinal).Select(v => v.Root)));
        }

        if (entity.RibbonDiff != null)
        {
            // RibbonDiff.xml stands in for Entity.xml's empty <RibbonDiffXml /> placeholder.
            element.Elements("RibbonDiffXml").Remove();
            element.Add(new XElement(entity.RibbonDiff.Root));
        }
        else if (element.Element("RibbonDiffXml") == null)
        {
            element.Add(EmptyRibbonDiff());
        }

        return element;
    }

    // Exports write every table's ribbon customizations, empty when there are none: the default empty RibbonDiffXml
    // (https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg328409(v=crm.8)). Importing a
    // table without one leaves its ribbon as it is; writing it keeps the zip as an export is.
    private static XElement EmptyRibbonDiff() =>
        new("RibbonDiffXml",
            new XElement("CustomActions"),
            new XElement("Templates", new XElement("RibbonTemplates", new XAttribute("Id", "Mscrm.Templates"))),
            new XElement("CommandDefinitions"),
            new XElement("RuleDefinitions", new XElement("TabDisplayRules"), new XElement("DisplayRules"), new XElement("EnableRules")),
            new XElement("LocLabels"));
}
