using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>A chart file holds one visualization of its folder's table and is named after its id.</summary>
public sealed class VisualizationRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var entity in source.Entities)
        {
            foreach (var document in entity.Visualizations)
            {
                if (document.Root.Name != "visualization")
                {
                    yield return document.Problem("The root must be <visualization>.");
                    continue;
                }

                if (SourceIndex.IdOf(document.Root.ChildText("savedqueryvisualizationid")) is not { } id || SourceIndex.IdOf(document.ComponentName) != id)
                {
                    yield return document.Problem(document.Root.Element("savedqueryvisualizationid") ?? document.Root,
                        "<savedqueryvisualizationid> must be a GUID and the file must be named {savedqueryvisualizationid}.xml.");
                }

                var fetchEntities = document.Root.Descendants("fetch").Select(f => f.Element("entity")).ToList();
                foreach (var fetchEntity in fetchEntities.Where(e => e?.Attribute("name")?.Value != entity.LogicalName))
                {
                    yield return document.Problem(fetchEntity ?? document.Root, $"The chart's fetch must query {entity.LogicalName}.");
                }
            }
        }
    }
}
