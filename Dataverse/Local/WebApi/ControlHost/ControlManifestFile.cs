using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Dataverse.Local.WebApi.ControlHost;

/// <summary>
/// The built manifest of a code component (ControlManifest.xml, as pcf-scripts writes it next to bundle.js): its name,
/// the files the form loads and the properties the form passes.
/// https://learn.microsoft.com/power-apps/developer/component-framework/manifest-schema-reference/manifest
/// </summary>
internal sealed class ControlManifestFile
{
    private ControlManifestFile(string folder, string name, IReadOnlyList<string> scripts, IReadOnlyList<string> styles, IReadOnlyList<ControlProperty> properties)
    {
        Folder = folder;
        Name = name;
        Scripts = scripts;
        Styles = styles;
        Properties = properties;
    }

    public const string FileName = "ControlManifest.xml";

    /// <summary>The folder holding the manifest and its resources.</summary>
    public string Folder { get; }

    /// <summary>namespace.constructor, the name the bundle registers the control under.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Scripts { get; }

    public IReadOnlyList<string> Styles { get; }

    public IReadOnlyList<ControlProperty> Properties { get; }

    public static ControlManifestFile Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No built control manifest at {path}: build the control (npm run build) first.", path);
        }

        var control = XDocument.Load(path).Root?.Element("control")
            ?? throw new InvalidDataException($"{path} has no <control> element under <manifest>.");
        var resources = control.Element("resources")?.Elements().ToList() ?? new List<XElement>();
        var properties = control.Elements("property")
            .Select(p => new ControlProperty((string?)p.Attribute("name") ?? "", (string?)p.Attribute("of-type") ?? "", (string?)p.Attribute("usage") ?? "input", (string?)p.Attribute("default-value")))
            .ToList();
        return new ControlManifestFile(
            Path.GetFullPath(folder),
            $"{(string?)control.Attribute("namespace")}.{(string?)control.Attribute("constructor")}",
            Paths(resources, "code"),
            Paths(resources, "css"),
            properties);
    }

    /// <summary>True for a file the manifest declares; nothing else of the folder is served.</summary>
    public bool Declares(string relativePath) =>
        Scripts.Concat(Styles).Any(p => string.Equals(p, relativePath, StringComparison.Ordinal));

    private static List<string> Paths(IEnumerable<XElement> resources, string kind) =>
        resources.Where(r => r.Name.LocalName == kind)
            .OrderBy(r => (int?)r.Attribute("order") ?? 0)
            .Select(r => ((string?)r.Attribute("path") ?? "").Replace('\\', '/'))
            .ToList();
}

/// <summary>A property of the manifest: bound to a column, or an input the form's maker sets.</summary>
internal sealed record ControlProperty(string Name, string OfType, string Usage, string? DefaultValue);
