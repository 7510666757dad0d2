using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>What the rules look up across files: the publisher, and the names and ids the source defines.</summary>
public sealed class SourceIndex
{
    public SourceIndex(SolutionSource source)
    {
        var publisher = source.Manifest?.Root.Element("SolutionManifest")?.Element("Publisher");
        Prefix = publisher?.ChildText("CustomizationPrefix");
        OptionValuePrefix = int.TryParse(publisher?.ChildText("CustomizationOptionValuePrefix"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        Tables = source.Entities.Select(e => e.LogicalName).ToHashSet(StringComparer.Ordinal);
        Forms = source.Entities.SelectMany(e => e.Forms).Select(f => IdOf(f.Document.Root.Element("systemform")?.ChildText("formid"))).ToIdSet();
        Views = source.Entities.SelectMany(e => e.Views).Select(v => IdOf(v.Root.Element("savedquery")?.ChildText("savedqueryid"))).ToIdSet();
        Visualizations = source.Entities.SelectMany(e => e.Visualizations).Select(v => IdOf(v.Root.ChildText("savedqueryvisualizationid"))).ToIdSet();
        Roles = source.Merged("Roles").Select(r => IdOf(r.Root.Attribute("id")?.Value)).ToIdSet();
        Relationships = source.Merged("EntityRelationships").SelectMany(d => d.Root.Elements("EntityRelationship"))
            .Select(r => r.Attribute("Name")?.Value ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        SiteMaps = source.Merged("AppModuleSiteMaps").Select(d => d.Root.ChildText("SiteMapUniqueName") ?? "").ToHashSet(StringComparer.Ordinal);
        PluginTypes = source.Merged("SolutionPluginAssemblies").SelectMany(d => d.Root.Descendants("PluginType"))
            .Select(t => IdOf(t.Attribute("PluginTypeId")?.Value)).ToIdSet();
    }

    /// <summary>The publisher's customization prefix (scrm), without the underscore.</summary>
    public string? Prefix { get; }

    public int? OptionValuePrefix { get; }

    /// <summary>Logical names of the tables with a folder under Entities/.</summary>
    public ISet<string> Tables { get; }

    public ISet<Guid> Forms { get; }

    public ISet<Guid> Views { get; }

    public ISet<Guid> Visualizations { get; }

    public ISet<Guid> Roles { get; }

    public ISet<string> Relationships { get; }

    public ISet<string> SiteMaps { get; }

    public ISet<Guid> PluginTypes { get; }

    /// <summary>Whether a name carries the publisher's prefix, as every component the solution creates must.</summary>
    public bool IsPrefixed(string name) =>
        Prefix != null && name.StartsWith(Prefix + "_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The option values the publisher owns: prefix * 10000 to prefix * 10000 + 9999.</summary>
    public bool IsPublisherOptionValue(int value) =>
        OptionValuePrefix is int p && value >= p * 10000 && value <= p * 10000 + 9999;

    public static Guid? IdOf(string? text) => Guid.TryParse(text, out var id) ? id : null;
}
