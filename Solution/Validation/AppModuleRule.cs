using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>An app and its site map are named like their folders, and the app's components and roles are in the solution.</summary>
public sealed class AppModuleRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var siteMap in source.Merged("AppModuleSiteMaps").Where(s => s.Root.ChildText("SiteMapUniqueName") != FolderOf(s)))
        {
            yield return siteMap.Problem($"<SiteMapUniqueName> must be {FolderOf(siteMap)}, as the folder is named.");
        }

        foreach (var app in source.Merged("AppModules"))
        {
            if (app.Root.ChildText("UniqueName") != FolderOf(app))
            {
                yield return app.Problem($"<UniqueName> must be {FolderOf(app)}, as the folder is named.");
            }

            foreach (var component in app.Root.Descendants("AppModuleComponent"))
            {
                if (!IsInSolution(component.Attribute("type")?.Value, component.Attribute("schemaName")?.Value, component.Attribute("id")?.Value, index))
                {
                    yield return app.Problem(component, "The app refers to a component the solution does not contain.");
                }
            }

            foreach (var role in app.Root.Descendants("Role").Where(r => SourceIndex.IdOf(r.Attribute("id")?.Value) is not { } id || !index.Roles.Contains(id)))
            {
                yield return app.Problem(role, "The app refers to a role the solution does not contain.");
            }
        }
    }

    // Component types (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent).
    private static bool IsInSolution(string? type, string? schemaName, string? id, SourceIndex index) => type switch
    {
        "1" => schemaName != null && index.Tables.Contains(schemaName),
        "26" => SourceIndex.IdOf(id) is { } view && index.Views.Contains(view),
        "59" => SourceIndex.IdOf(id) is { } chart && index.Visualizations.Contains(chart),
        "60" => SourceIndex.IdOf(id) is { } form && index.Forms.Contains(form),
        "62" => schemaName != null && index.SiteMaps.Contains(schemaName),
        _ => false,
    };

    private static string FolderOf(SourceDocument document)
    {
        var parts = document.ComponentPath.Split('/');
        return parts[parts.Length - 2];
    }
}
