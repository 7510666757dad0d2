using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Other/Relationships.xml lists exactly the relationships defined under Other/Relationships/, each in the file of its
/// referenced table (SolutionPackager's convention), on a lookup column its referencing table declares.
/// </summary>
public sealed class RelationshipRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var definitions = source.Merged("EntityRelationships")
            .SelectMany(d => d.Root.Elements("EntityRelationship").Select(r => (Document: d, Relationship: r)))
            .ToList();
        var listed = source.RelationshipIndex?.Root.Elements("EntityRelationship").ToList() ?? new();
        foreach (var entry in listed.Where(e => !index.Relationships.Contains(e.Attribute("Name")?.Value ?? "")))
        {
            yield return source.RelationshipIndex!.Problem(entry, "Listed, but no file under Other/Relationships defines it.");
        }

        var listedNames = listed.Select(e => e.Attribute("Name")?.Value ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (document, relationship) in definitions)
        {
            if (!listedNames.Contains(relationship.Attribute("Name")?.Value ?? ""))
            {
                yield return document.Problem(relationship, "Defined, but Other/Relationships.xml does not list it.");
            }

            var owner = relationship.ChildText("ReferencedEntityName") ?? relationship.ChildText("FirstEntityName");
            if (!string.Equals(owner, document.ComponentName, StringComparison.OrdinalIgnoreCase))
            {
                yield return document.Problem(relationship, $"Belongs in Other/Relationships/{owner}.xml, the file of its referenced table.");
            }

            var referencing = source.Entities.FirstOrDefault(e => string.Equals(e.Folder, relationship.ChildText("ReferencingEntityName"), StringComparison.OrdinalIgnoreCase));
            var attribute = relationship.ChildText("ReferencingAttributeName");
            if (referencing?.Entity.Root.Element("EntityInfo") != null && attribute != null
                && !referencing.Entity.Root.Descendants("attribute").Any(a => string.Equals(a.Attribute("PhysicalName")?.Value, attribute, StringComparison.OrdinalIgnoreCase)))
            {
                yield return document.Problem(relationship, $"{referencing.Folder} declares no column {attribute}.");
            }
        }
    }
}
