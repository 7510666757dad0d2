using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>Every fixed id in the source is used once: a copied file that kept its id would overwrite the original on import.</summary>
public sealed class ComponentIdRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var ids = new List<(Guid Id, SourceDocument Document, XElement Element)>();
        foreach (var entity in source.Entities)
        {
            ids.AddRange(entity.Forms.SelectMany(f => Ids(f.Document, f.Document.Root.Descendants("formid"))));
            ids.AddRange(entity.Views.SelectMany(v => Ids(v, v.Root.Descendants("savedqueryid"))));
            ids.AddRange(entity.Visualizations.SelectMany(v => Ids(v, v.Root.Descendants("savedqueryvisualizationid"))));
            // Tabs, sections and cells too: Dataverse keys form elements by these ids across the whole form.
            ids.AddRange(entity.Forms.SelectMany(f => Ids(f.Document, f.Document.Root.Descendants().Where(e => e.Name.LocalName is "tab" or "section" or "cell"), "id")));
        }

        ids.AddRange(source.Merged("Roles").SelectMany(r => Ids(r, new[] { r.Root }, "id")));
        foreach (var duplicate in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            foreach (var (id, document, element) in duplicate.Skip(1))
            {
                yield return document.Problem(element, $"The id {id:B} is already used in {duplicate.First().Document.Path}.");
            }
        }
    }

    private static IEnumerable<(Guid, SourceDocument, XElement)> Ids(SourceDocument document, IEnumerable<XElement> elements, string? attribute = null)
    {
        foreach (var element in elements)
        {
            if (SourceIndex.IdOf(attribute == null ? element.Value : element.Attribute(attribute)?.Value) is { } id)
            {
                yield return (id, document, element);
            }
        }
    }
}
