using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Solution.xml's root components and the component folders agree: a component without its root component imports but is
/// not part of the solution, so it would not travel with it; a root component without its files fails the import.
/// </summary>
public sealed class RootComponentRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        if (source.Manifest?.Root.Element("SolutionManifest")?.Element("RootComponents") is not { } roots)
        {
            yield break;
        }

        var declared = roots.Elements("RootComponent")
            .Select(r => (Element: r, Key: Key(r.Attribute("type")?.Value, r.Attribute("schemaName")?.Value ?? r.Attribute("id")?.Value)))
            .ToList();
        var expected = Expected(source).ToList();
        foreach (var (key, document) in expected.Where(e => !declared.Any(d => d.Key == e.Key)))
        {
            yield return document.Problem($"Solution.xml has no <RootComponent type=\"{key.Split(':')[0]}\"> for this component.");
        }

        foreach (var (element, key) in declared.Where(d => !expected.Any(e => e.Key == d.Key)))
        {
            yield return source.Manifest.Problem(element, "No component folder holds this root component.");
        }
    }

    // The root components the folders call for (component types:
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent).
    private static IEnumerable<(string Key, SourceDocument Document)> Expected(SolutionSource source)
    {
        foreach (var entity in source.Entities)
        {
            yield return (Key("1", entity.LogicalName), entity.Entity);
            // A table included without its metadata brings only the forms it lists.
            if (entity.Entity.Root.Element("EntityInfo") == null)
            {
                foreach (var form in entity.Forms)
                {
                    yield return (Key("60", form.Document.Root.Element("systemform")?.ChildText("formid")), form.Document);
                }
            }
        }

        foreach (var optionSet in source.Merged("optionsets"))
        {
            yield return (Key("9", optionSet.Root.Attribute("Name")?.Value), optionSet);
        }

        foreach (var role in source.Merged("Roles"))
        {
            yield return (Key("20", role.Root.Attribute("id")?.Value), role);
        }

        foreach (var siteMap in source.Merged("AppModuleSiteMaps"))
        {
            yield return (Key("62", siteMap.Root.ChildText("SiteMapUniqueName")), siteMap);
        }

        foreach (var app in source.Merged("AppModules"))
        {
            yield return (Key("80", app.Root.ChildText("UniqueName")), app);
        }

        foreach (var variable in source.Copied("environmentvariabledefinitions"))
        {
            yield return (Key("380", variable.Root.Attribute("schemaname")?.Value), variable);
        }

        foreach (var assembly in source.Merged("SolutionPluginAssemblies"))
        {
            yield return (Key("91", assembly.Root.Attribute("PluginAssemblyId")?.Value), assembly);
        }

        foreach (var webResource in source.Merged("WebResources"))
        {
            yield return (Key("61", webResource.Root.ChildText("Name")), webResource);
        }

        foreach (var control in source.Merged("CustomControls"))
        {
            yield return (Key("66", control.Root.ChildText("Name")), control);
        }

        foreach (var step in source.Merged("SdkMessageProcessingSteps"))
        {
            yield return (Key("92", step.Root.Attribute("SdkMessageProcessingStepId")?.Value), step);
        }

        foreach (var endpoint in source.Merged("ServiceEndpoints"))
        {
            yield return (Key("95", endpoint.Root.Attribute("ServiceEndpointId")?.Value), endpoint);
        }
    }

    // Ids compare as GUIDs whatever their braces and case; names compare without case, as Dataverse does.
    private static string Key(string? type, string? name) =>
        $"{type}:{(SourceIndex.IdOf(name) is { } id ? id.ToString("D") : (name ?? "").ToLowerInvariant())}";
}
