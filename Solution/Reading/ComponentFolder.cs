using System;
using System.Collections.Generic;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// A folder of the unpacked source whose files SolutionPackager merges into one element of customizations.xml
/// (https://learn.microsoft.com/power-platform/alm/solution-packager-tool). Adding a kind of component is one more entry
/// in <see cref="All"/>: plug-in assemblies and their steps are two such folders.
/// </summary>
public sealed class ComponentFolder
{
    private ComponentFolder(string folder, int depth, string fileName, string targetElement, bool mergesChildren)
    {
        Folder = folder;
        Depth = depth;
        FileName = fileName;
        TargetElement = targetElement;
        MergesChildren = mergesChildren;
    }

    /// <summary>A <see cref="Depth"/> that accepts files at any depth below the folder.</summary>
    public const int AnyDepth = 0;

    public static IReadOnlyList<ComponentFolder> All { get; } = new[]
    {
        new ComponentFolder("Roles", 1, "*.xml", "Roles", false),
        new ComponentFolder("OptionSets", 1, "*.xml", "optionsets", false),
        new ComponentFolder("Other/Relationships", 1, "*.xml", "EntityRelationships", true),
        new ComponentFolder("AppModules", 2, "AppModule.xml", "AppModules", false),
        new ComponentFolder("AppModuleSiteMaps", 2, "AppModuleSiteMap.xml", "AppModuleSiteMaps", false),
        new ComponentFolder("PluginAssemblies", 2, "*.dll.data.xml", "SolutionPluginAssemblies", false),
        new ComponentFolder("SdkMessageProcessingSteps", 1, "*.xml", "SdkMessageProcessingSteps", false),
        // Webhooks and Service Bus endpoints, one per file named after the endpoint.
        new ComponentFolder("ServiceEndpoints", 1, "*.xml", "ServiceEndpoints", false),
        // Code components: Controls/<namespace.constructor>/ControlManifest.xml.data.xml; their built files are handed in (ControlBuild).
        new ComponentFolder("Controls", 2, "ControlManifest.xml.data.xml", "CustomControls", false),
        // Web resources: WebResources/<name>.data.xml beside the file itself; a name is a path of any depth (scrm_/x/y.js).
        new ComponentFolder(WebResourceFiles.Folder, AnyDepth, "*" + WebResourceFiles.DataSuffix, "WebResources", false),
    };

    /// <summary>The folder, relative to the source folder.</summary>
    public string Folder { get; }

    /// <summary>How many path segments below <see cref="Folder"/> the files sit (1: directly in it), or <see cref="AnyDepth"/>.</summary>
    public int Depth { get; }

    /// <summary>The file's name, or *suffix.</summary>
    public string FileName { get; }

    /// <summary>The element of customizations.xml the files go into.</summary>
    public string TargetElement { get; }

    /// <summary>True when a file holds several components under a wrapper root (Other/Relationships/&lt;table&gt;.xml).</summary>
    public bool MergesChildren { get; }

    public bool Matches(string componentPath)
    {
        if (!componentPath.StartsWith(Folder + "/", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = componentPath.Substring(Folder.Length + 1).Split('/');
        var name = rest[rest.Length - 1];
        var nameMatches = FileName.StartsWith("*", StringComparison.Ordinal)
            ? name.EndsWith(FileName.Substring(1), StringComparison.OrdinalIgnoreCase) && name.Length > FileName.Length - 1
            : string.Equals(name, FileName, StringComparison.Ordinal);
        return (Depth == AnyDepth || rest.Length == Depth) && nameMatches;
    }
}
