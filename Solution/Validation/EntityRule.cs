using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>Entity.xml names its folder's table, leaves forms and views to their folders, and prefixes the columns it adds.</summary>
public sealed class EntityRule : ISolutionRule
{
    private static readonly string[] Placeholders = { "FormXml", "SavedQueries", "Visualizations" };

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var entity in source.Entities)
        {
            var document = entity.Entity;
            if (document.Root.Name != "Entity")
            {
                yield return document.Problem("The root must be <Entity>.");
                continue;
            }

            var name = document.Root.Element("Name");
            if (name?.Value.Trim() != entity.Folder)
            {
                yield return document.Problem(name ?? document.Root, $"<Name> must be the table's schema name, {entity.Folder}, as the folder is named.");
            }

            foreach (var placeholder in document.Root.Elements().Where(e => Placeholders.Contains(e.Name.LocalName) && e.HasContent()))
            {
                yield return document.Problem(placeholder, $"Must stay empty: the packer fills it from the {placeholder.Name.LocalName} folder.");
            }

            foreach (var attribute in document.Root.Descendants("attribute").Where(a => a.Attribute("PhysicalName") != null))
            {
                var physical = attribute.Attribute("PhysicalName")!.Value;
                if (attribute.ChildText("IsCustomField") == "1" && !index.IsPrefixed(physical))
                {
                    yield return document.Problem(attribute, $"A column the solution adds must start with the publisher prefix {index.Prefix}_.");
                }

                if (attribute.ChildText("LogicalName") is { } logical && !string.Equals(logical, physical.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    yield return document.Problem(attribute, $"<LogicalName> must be the lower-case PhysicalName, {physical.ToLowerInvariant()}.");
                }
            }
        }
    }
}
