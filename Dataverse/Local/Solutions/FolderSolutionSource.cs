using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>An unpacked solution: a folder holding what the zip holds (customizations.xml at its root).</summary>
public sealed class FolderSolutionSource : ISolutionSource
{
    private readonly string root;

    public FolderSolutionSource(string root)
    {
        this.root = Path.GetFullPath(root);
        Origin = this.root;
        Files = Directory.EnumerateFiles(this.root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(this.root, f).Replace('\\', '/'))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToList();
    }

    public string Origin { get; }

    public IReadOnlyList<string> Files { get; }

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Path.Combine(root, path));

    public void Dispose()
    {
    }
}
