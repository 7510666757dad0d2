using System.Collections.Generic;
using System.IO;
using System.Linq;
using SocialCrm.Solution.Reading;
using SocialCrm.Solution.Validation;
using SocialCrm.Solution.Writing;

namespace SocialCrm.Solution;

/// <summary>
/// Packs the unpacked solution source into the two zips an administrator imports: read the source, validate it, write
/// the zip, once per package kind. Called by the build (Program) and by the `socialcrm solution pack` command.
/// </summary>
public static class SolutionPacker
{
    /// <summary>
    /// Writes &lt;UniqueName&gt;_&lt;version&gt;_unmanaged.zip and &lt;UniqueName&gt;_&lt;version&gt;_managed.zip (version dots as
    /// underscores, as Dataverse names exported zips) to <paramref name="outputDirectory"/>.
    /// </summary>
    /// <param name="sourceDirectory">The unpacked source (Solution/src).</param>
    /// <param name="outputDirectory">Created when missing.</param>
    /// <param name="assemblies">Plug-in assemblies to embed; each needs a PluginAssemblies/&lt;name&gt;-&lt;id&gt;/&lt;name&gt;.dll.data.xml.</param>
    /// <param name="controlBuilds">Folders pcf-scripts built code components into (ControlManifest.xml, bundle.js...); a
    /// control of the source without one is packed without its files and named in <see cref="PackResult.UnbuiltControls"/>.</param>
    /// <param name="dataDirectory">The source of the configuration data package shipped beside the zips (data.xml,
    /// data_schema.xml, [Content_Types].xml), written as &lt;UniqueName&gt;_&lt;version&gt;_data.zip; none when null.</param>
    /// <exception cref="SolutionValidationException">The source has problems; none of the zips is written.</exception>
    public static PackResult Pack(string sourceDirectory, string outputDirectory, IEnumerable<string>? assemblies = null, IEnumerable<string>? controlBuilds = null,
        string? dataDirectory = null)
    {
        var assemblyFiles = assemblies?.ToList() ?? new List<string>();
        var controls = (controlBuilds ?? Enumerable.Empty<string>()).Select(ControlBuild.Read).ToList();
        var unmanaged = ReadValid(sourceDirectory, PackageKind.Unmanaged, assemblyFiles);
        var managed = ReadValid(sourceDirectory, PackageKind.Managed, assemblyFiles);

        var solution = unmanaged.Manifest!.Root.Element("SolutionManifest")!;
        var uniqueName = solution.ChildText("UniqueName")!;
        var version = solution.ChildText("Version")!;
        var stem = Path.Combine(outputDirectory, $"{uniqueName}_{version.Replace('.', '_')}");
        Directory.CreateDirectory(outputDirectory);
        var result = new PackResult(uniqueName, version, stem + "_unmanaged.zip", stem + "_managed.zip", ControlEntries.Unbuilt(unmanaged, controls),
            dataDirectory == null ? null : stem + "_data.zip");
        if (result.DataZip != null)
        {
            ConfigurationDataZipWriter.Write(dataDirectory!, result.DataZip);
        }

        Write(unmanaged, result.UnmanagedZip, controls);
        Write(managed, result.ManagedZip, controls);
        return result;
    }

    private static SolutionSource ReadValid(string sourceDirectory, PackageKind kind, IReadOnlyList<string> assemblies)
    {
        var source = new SolutionSourceReader().Read(sourceDirectory, kind, assemblies);
        var problems = new SolutionValidator().Validate(source);
        if (problems.Count > 0)
        {
            throw new SolutionValidationException(problems);
        }

        return source;
    }

    private static void Write(SolutionSource source, string path, IReadOnlyList<ControlBuild> controls)
    {
        using var file = File.Create(path);
        new SolutionZipWriter().Write(source, file, controls);
    }
}
