using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SocialCrm.Solution.Tests.Fixtures;

/// <summary>A throw-away copy of Solution/src, for tests that change the source and pack it.</summary>
public sealed class SourceCopy
{
    public SourceCopy()
    {
        Directory = Path.Combine(RepositoryPaths.NewTemporaryFolder(), "src");
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.SolutionSource, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RepositoryPaths.SolutionSource, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Changes one XML file of the copy.</summary>
    public SourceCopy Edit(string relative, Action<XDocument> change)
    {
        var document = XDocument.Load(PathOf(relative));
        change(document);
        document.Save(PathOf(relative));
        return this;
    }

    public SourceCopy Write(string relative, string content)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), content);
        return this;
    }

    public SourceCopy Delete(string relative)
    {
        File.Delete(PathOf(relative));
        return this;
    }

    /// <summary>Adds a root component to Other/Solution.xml.</summary>
    public SourceCopy AddRootComponent(int type, Guid id) => Edit("Other/Solution.xml", d =>
        d.Descendants("RootComponents").Single().Add(new XElement("RootComponent",
            new XAttribute("type", type), new XAttribute("id", id.ToString("B")), new XAttribute("behavior", 0))));

    /// <summary>Packs with the built plug-in and workflow assemblies, as the build does.</summary>
    public PackResult Pack() => PackWith(RepositoryPaths.BuiltAssemblies);

    public PackResult PackWith(params string[] assemblies) =>
        SolutionPacker.Pack(Directory, Path.Combine(Path.GetDirectoryName(Directory)!, "out"), assemblies);

    /// <summary>Packs with the built assemblies and returns the problems the packer refused the source for.</summary>
    public SolutionProblem[] Problems() => ProblemsWith(RepositoryPaths.BuiltAssemblies);

    public SolutionProblem[] ProblemsWith(params string[] assemblies)
    {
        try
        {
            PackWith(assemblies);
        }
        catch (SolutionValidationException e)
        {
            return e.Problems.ToArray();
        }

        return Array.Empty<SolutionProblem>();
    }
}
