using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Adds to a read source the registrations the embedded plug-in assemblies declare: each assembly's FullName and plug-in
/// types, one SdkMessageProcessingSteps component per [PluginStep] (with its images, and its root component in
/// Solution.xml) and one customapis/ folder per [CustomApi]. The built assemblies are the registrations' one source:
/// the source folder holds none.
/// </summary>
public static class RegistrationGenerator
{
    /// <summary>The folders an export has for them, which the source folder must not hold.</summary>
    public static readonly string[] GeneratedFolders = { "SdkMessageProcessingSteps", "customapis" };

    /// <summary>The version SocialCrm's components were introduced in, as its other components state it.</summary>
    public const string IntroducedVersion = "1.0.0.0";

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent#componenttype-choicesoptions
    private const string StepComponentType = "92";

    private static readonly ComponentFolder StepFolder = ComponentFolder.All.Single(f => f.Folder == "SdkMessageProcessingSteps");

    public static SolutionSource AddDeclaredRegistrations(SolutionSource source)
    {
        var merged = new List<MergedComponent>();
        var steps = new List<MergedComponent>();
        var apis = new List<SourceDocument>();
        var problems = new List<SolutionProblem>();
        foreach (var component in source.MergedComponents)
        {
            var dataFile = component.Document;
            if (component.Folder.TargetElement != "SolutionPluginAssemblies" || PluginAssemblyBinaries.Find(source, dataFile) is not { } binary)
            {
                merged.Add(component);
                continue;
            }

            problems.AddRange(PluginAssemblyDocument.HandWritten(dataFile));
            AssemblyRegistrations assembly;
            try
            {
                assembly = AssemblyRegistrations.Read(binary.Content);
            }
            catch (BadImageFormatException e)
            {
                problems.Add(new SolutionProblem(binary.Origin, 0, "(file)", "The registrations of this assembly cannot be read: " + e.Message));
                merged.Add(component);
                continue;
            }

            merged.Add(new MergedComponent(component.Folder, PluginAssemblyDocument.Complete(dataFile, assembly)));
            foreach (var step in assembly.Steps)
            {
                if (SystemMessages.Named(step.Message) is not { } message)
                {
                    problems.Add(new SolutionProblem(binary.Origin, 0, $"[PluginStep] of {step.TypeFullName}",
                        $"'{step.Message}' is not a message the packer knows the sdkmessageid of; known: {string.Join(", ", SystemMessages.All.Select(m => m.Name))}."));
                    continue;
                }

                problems.AddRange(StepImageRules.Problems(step, message).Select(p => new SolutionProblem(binary.Origin, 0, $"[PluginStep] of {step.TypeFullName}", p)));
                var document = StepDocument.Compose(assembly, step, message);
                var id = Guid.Parse(document.Root!.Attribute("SdkMessageProcessingStepId")!.Value);
                steps.Add(new MergedComponent(StepFolder, new SourceDocument(binary.Origin, $"SdkMessageProcessingSteps/{id:B}.xml", document)));
            }

            apis.AddRange(assembly.CustomApis.SelectMany(CustomApiDocuments.Compose).Select(d => new SourceDocument(binary.Origin, d.ZipPath, d.Document)));
        }

        return source.WithGenerated(WithStepRoots(source.Manifest, steps), merged.Concat(steps).ToList(), apis, problems);
    }

    // Solution.xml lists each step as a root component, placed among the others by component type.
    private static SourceDocument? WithStepRoots(SourceDocument? manifest, IReadOnlyList<MergedComponent> steps)
    {
        if (manifest?.Root.Element("SolutionManifest")?.Element("RootComponents") is null || steps.Count == 0)
        {
            return manifest;
        }

        var document = new XDocument(manifest.Document);
        var roots = document.Root!.Element("SolutionManifest")!.Element("RootComponents")!;
        var added = steps
            .Select(s => s.Document.Root.Attribute("SdkMessageProcessingStepId")!.Value)
            .Order(StringComparer.Ordinal)
            .Select(id => new XElement("RootComponent", new XAttribute("type", StepComponentType), new XAttribute("id", id), new XAttribute("behavior", "0")));
        var after = roots.Elements("RootComponent").FirstOrDefault(r => int.TryParse(r.Attribute("type")?.Value, out var type) && type > int.Parse(StepComponentType));
        if (after != null)
        {
            after.AddBeforeSelf(added);
        }
        else
        {
            roots.Add(added);
        }

        return new SourceDocument(manifest.Path, manifest.ComponentPath, document);
    }
}
