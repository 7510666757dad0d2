using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Each PluginAssemblies/&lt;name&gt;-&lt;id&gt;/&lt;name&gt;.dll.data.xml has its assembly (handed to the packer or beside it),
/// every handed assembly is declared, and the Custom APIs and steps point at plug-in types an assembly declares.
/// </summary>
public sealed class PluginAssemblyRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        var dataFiles = source.Merged("SolutionPluginAssemblies").ToList();
        foreach (var dataFile in dataFiles)
        {
            if (dataFile.Root.Name != "PluginAssembly" || PluginAssemblyBinaries.ZipPath(dataFile) is not { } zipPath
                || !zipPath.StartsWith("PluginAssemblies/", StringComparison.Ordinal))
            {
                yield return dataFile.Problem("Expected <PluginAssembly> whose <FileName> is /PluginAssemblies/<folder>/<name>.dll.");
            }
            else if (PluginAssemblyBinaries.Find(source, dataFile) == null)
            {
                yield return dataFile.Problem(dataFile.Root.Element("FileName")!, "No assembly for this file: hand it to the packer or keep it beside the data file.");
            }
        }

        var declared = dataFiles.Select(PluginAssemblyBinaries.ZipPath).Where(p => p != null).Select(p => p!.Substring(p.LastIndexOf('/') + 1));
        foreach (var assembly in source.HandedAssemblies.Where(a => !declared.Contains(a.FileName, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new SolutionProblem(assembly.Origin, 0, "(file)", "No PluginAssemblies/<name>-<id>/<name>.dll.data.xml declares this assembly.");
        }

        if (index.PluginTypes.Count > 0)
        {
            foreach (var api in source.Copied("customapis").Where(d => d.Root.Name == "customapi"))
            {
                var pluginType = api.Root.Element("plugintypeid");
                if (SourceIndex.IdOf(pluginType?.ChildText("plugintypeid")) is { } id && !index.PluginTypes.Contains(id))
                {
                    yield return api.Problem(pluginType!, $"No plug-in assembly in the solution declares the plug-in type {id:B}.");
                }
            }
        }

        foreach (var step in source.Merged("SdkMessageProcessingSteps"))
        {
            if (SourceIndex.IdOf(step.Root.Attribute("SdkMessageProcessingStepId")?.Value) is not { } id || SourceIndex.IdOf(step.ComponentName) != id)
            {
                yield return step.Problem("SdkMessageProcessingStepId must be a GUID and the file must be named {SdkMessageProcessingStepId}.xml.");
            }

            // A webhook's step runs the platform's own ServiceBusPlugin, which no solution holds (ServiceEndpointRule checks it).
            if (!ServiceEndpointSteps.IsHandledByEndpoint(step.Root)
                && (SourceIndex.IdOf(step.Root.ChildText("PluginTypeId")) is not { } type || !index.PluginTypes.Contains(type)))
            {
                yield return step.Problem(step.Root.Element("PluginTypeId") ?? step.Root, "The step's <PluginTypeId> is not a plug-in type of an assembly in the solution.");
            }
        }
    }
}
