using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Solution.Reading;

/// <summary>The unpacked source as read for one kind of package: what the validator checks and the writer packs.</summary>
public sealed class SolutionSource
{
    public SolutionSource(PackageKind kind, SourceDocument? manifest, SourceDocument? customizations, SourceDocument? relationshipIndex,
        IReadOnlyList<EntitySource> entities, IReadOnlyList<MergedComponent> mergedComponents, IReadOnlyList<SourceDocument> copiedDocuments,
        IReadOnlyList<BinaryFile> sourceBinaries, IReadOnlyList<BinaryFile> handedAssemblies, IReadOnlyList<SolutionProblem> readProblems)
    {
        Kind = kind;
        Manifest = manifest;
        Customizations = customizations;
        RelationshipIndex = relationshipIndex;
        Entities = entities;
        MergedComponents = mergedComponents;
        CopiedDocuments = copiedDocuments;
        SourceBinaries = sourceBinaries;
        HandedAssemblies = handedAssemblies;
        ReadProblems = readProblems;
    }

    public PackageKind Kind { get; }

    /// <summary>Other/Solution.xml.</summary>
    public SourceDocument? Manifest { get; }

    /// <summary>Other/Customizations.xml, the skeleton the components are merged into.</summary>
    public SourceDocument? Customizations { get; }

    /// <summary>Other/Relationships.xml, the names of the relationships defined under Other/Relationships/.</summary>
    public SourceDocument? RelationshipIndex { get; }

    public IReadOnlyList<EntitySource> Entities { get; }

    public IReadOnlyList<MergedComponent> MergedComponents { get; }

    /// <summary>Component files that go into the zip as they are: environment variables and Custom APIs.</summary>
    public IReadOnlyList<SourceDocument> CopiedDocuments { get; }

    /// <summary>Binary files found in the source: plug-in assemblies kept under PluginAssemblies/, web resources' files.</summary>
    public IReadOnlyList<BinaryFile> SourceBinaries { get; }

    /// <summary>Assemblies handed to the packer; they win over a source file of the same name.</summary>
    public IReadOnlyList<BinaryFile> HandedAssemblies { get; }

    /// <summary>Files that could not be parsed or that no component folder accounts for.</summary>
    public IReadOnlyList<SolutionProblem> ReadProblems { get; }

    /// <summary>
    /// This source with the components completed and generated from the plug-in assemblies (see Registration) in place of
    /// its merged components, and a manifest that lists them.
    /// </summary>
    public SolutionSource WithGenerated(SourceDocument? manifest, IReadOnlyList<MergedComponent> merged, IEnumerable<SourceDocument> copied, IEnumerable<SolutionProblem> problems) =>
        new(Kind, manifest, Customizations, RelationshipIndex, Entities, merged, CopiedDocuments.Concat(copied).ToList(),
            SourceBinaries, HandedAssemblies, ReadProblems.Concat(problems).ToList());

    public IEnumerable<SourceDocument> Merged(string targetElement) =>
        MergedComponents.Where(c => c.Folder.TargetElement == targetElement).Select(c => c.Document);

    public IEnumerable<SourceDocument> Copied(string folder) =>
        CopiedDocuments.Where(d => d.ComponentPath.StartsWith(folder + "/", System.StringComparison.Ordinal));
}
