using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// A view file holds one view of its folder's table and is named after its id; a table the solution creates has the default
/// views Dataverse's lists and lookups need: public, Advanced Find, associated, Quick Find and lookup.
/// </summary>
public sealed class ViewRule : ISolutionRule
{
    // querytype values (https://learn.microsoft.com/power-apps/developer/model-driven-apps/customize-entity-views).
    private static readonly IReadOnlyDictionary<int, string> DefaultViews = new Dictionary<int, string>
    {
        [0] = "public", [1] = "Advanced Find", [2] = "associated", [4] = "Quick Find", [64] = "lookup",
    };

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var entity in source.Entities)
        {
            var defaults = new List<int>();
            foreach (var document in entity.Views)
            {
                var views = document.Root.Elements("savedquery").ToList();
                if (document.Root.Name != "savedqueries" || views.Count != 1)
                {
                    yield return document.Problem("The file must be <savedqueries> holding exactly one <savedquery>.");
                    continue;
                }

                var view = views[0];
                if (SourceIndex.IdOf(view.ChildText("savedqueryid")) is not { } id || SourceIndex.IdOf(document.ComponentName) != id)
                {
                    yield return document.Problem(view.Element("savedqueryid") ?? view, "<savedqueryid> must be a GUID and the file must be named {savedqueryid}.xml.");
                }

                var fetchEntity = view.Element("fetchxml")?.Element("fetch")?.Element("entity");
                if (fetchEntity?.Attribute("name")?.Value != entity.LogicalName)
                {
                    yield return document.Problem(fetchEntity ?? view, $"The view's fetch must query {entity.LogicalName}.");
                }

                if (view.ChildText("isdefault") == "1" && int.TryParse(view.ChildText("querytype"), out var queryType))
                {
                    defaults.Add(queryType);
                }
            }

            if (entity.Entity.Root.Element("EntityInfo") == null)
            {
                continue;
            }

            foreach (var (queryType, name) in DefaultViews.Where(d => defaults.Count(q => q == d.Key) != 1))
            {
                yield return entity.Entity.Problem($"The table needs exactly one default {name} view (querytype {queryType}) under SavedQueries.");
            }
        }
    }
}
