using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Writing;

/// <summary>
/// The zip entries of the solution's code components: for each CustomControl of the source, the built manifest and
/// resources under Controls/&lt;name&gt;/, as an exported solution lays them out.
/// </summary>
public static class ControlEntries
{
    public static IEnumerable<PackageEntry> Of(SolutionSource source, IReadOnlyList<ControlBuild> builds) =>
        NamesIn(source)
            .Select(name => builds.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Where(build => build != null)
            .SelectMany(build => build!.Files.Select(f => new PackageEntry(build.ZipFolder + f.FileName, f.Content)));

    /// <summary>The source's code components that no handed build provides: their zip would lack the bundle.</summary>
    public static IReadOnlyList<string> Unbuilt(SolutionSource source, IReadOnlyList<ControlBuild> builds) =>
        NamesIn(source).Where(name => !builds.Any(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();

    private static IEnumerable<string> NamesIn(SolutionSource source) =>
        source.Merged("CustomControls").Select(d => d.Root.ChildText("Name")).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!);
}
