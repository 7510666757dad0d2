using System.Collections.Generic;

namespace SocialCrm.Solution.Reading;

/// <summary>One folder under Entities/: Entity.xml with its forms, views, charts and command bar (RibbonDiff.xml).</summary>
public sealed class EntitySource
{
    public EntitySource(string folder, SourceDocument entity, IReadOnlyList<FormSource> forms,
        IReadOnlyList<SourceDocument> views, IReadOnlyList<SourceDocument> visualizations, SourceDocument? ribbonDiff)
    {
        RibbonDiff = ribbonDiff;
        Folder = folder;
        Entity = entity;
        Forms = forms;
        Views = views;
        Visualizations = visualizations;
    }

    /// <summary>The folder name: the table's schema name, as SolutionPackager names it.</summary>
    public string Folder { get; }

    public string LogicalName => Folder.ToLowerInvariant();

    public SourceDocument Entity { get; }

    public IReadOnlyList<FormSource> Forms { get; }

    public IReadOnlyList<SourceDocument> Views { get; }

    public IReadOnlyList<SourceDocument> Visualizations { get; }

    /// <summary>The table's command bar customizations (a &lt;RibbonDiffXml&gt;), or null when it has none.</summary>
    public SourceDocument? RibbonDiff { get; }
}
