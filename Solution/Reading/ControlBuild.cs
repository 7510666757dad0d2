using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// A code component as pcf-scripts built it: the folder holding ControlManifest.xml and the resources it declares
/// (bundle.js, css, resx). An exported solution carries exactly these files under Controls/&lt;namespace.constructor&gt;/.
/// </summary>
public sealed class ControlBuild
{
    public const string ManifestFileName = "ControlManifest.xml";

    private ControlBuild(string name, IReadOnlyList<BinaryFile> files)
    {
        Name = name;
        Files = files;
    }

    /// <summary>namespace.constructor, the name the solution's CustomControl and forms use.</summary>
    public string Name { get; }

    /// <summary>The manifest and its resources, each named by its path relative to the build folder.</summary>
    public IReadOnlyList<BinaryFile> Files { get; }

    /// <summary>The folder inside the zip: Controls/&lt;name&gt;/.</summary>
    public string ZipFolder => $"Controls/{Name}/";

    /// <exception cref="FileNotFoundException">The folder has no built manifest, or a resource it declares is missing.</exception>
    public static ControlBuild Read(string folder)
    {
        var manifestPath = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"{folder} holds no built {ManifestFileName}: build the control with npm (dotnet build Controls).", manifestPath);
        }

        var control = XDocument.Load(manifestPath).Root?.Element("control")
            ?? throw new InvalidDataException($"{manifestPath} has no <control> element under <manifest>.");
        var resources = control.Element("resources")?.Elements().Select(r => (string?)r.Attribute("path")).Where(p => !string.IsNullOrEmpty(p)) ?? Enumerable.Empty<string?>();
        var files = new[] { ManifestFileName }.Concat(resources.Select(p => p!.Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .Select(relative => new BinaryFile(Path.Combine(folder, relative), relative, File.ReadAllBytes(Path.Combine(folder, relative))))
            .ToList();
        return new ControlBuild($"{(string?)control.Attribute("namespace")}.{(string?)control.Attribute("constructor")}", files);
    }
}
