using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>Other/Solution.xml names the solution, its one version and its publisher.</summary>
public sealed class ManifestRule : ISolutionRule
{
    private static readonly Regex Version = new(@"^\d+\.\d+\.\d+\.\d+$");
    private static readonly Regex Prefix = new("^[a-z][a-z0-9]{1,7}$");

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        if (source.Manifest is not { } manifest)
        {
            yield return new SolutionProblem("Other/Solution.xml", 0, "(file)", "The solution manifest is missing.");
            yield break;
        }

        var solution = manifest.Root.Element("SolutionManifest");
        if (manifest.Root.Name != "ImportExportXml" || solution == null)
        {
            yield return manifest.Problem("The manifest must be <ImportExportXml> holding <SolutionManifest>.");
            yield break;
        }

        if (solution.ChildText("UniqueName") == null)
        {
            yield return manifest.Problem(solution, "<UniqueName> is missing.");
        }

        if (solution.ChildText("Version") is not { } version || !Version.IsMatch(version))
        {
            yield return manifest.Problem(solution.Element("Version") ?? solution, "<Version> must be four numbers, such as 1.0.0.0.");
        }

        var publisher = solution.Element("Publisher");
        if (publisher == null || publisher.ChildText("UniqueName") == null)
        {
            yield return manifest.Problem(publisher ?? solution, "The publisher and its <UniqueName> are missing.");
            yield break;
        }

        if (publisher.ChildText("CustomizationPrefix") is not { } prefix || !Prefix.IsMatch(prefix))
        {
            yield return manifest.Problem(publisher.Element("CustomizationPrefix") ?? publisher, "<CustomizationPrefix> must be 2 to 8 lower-case letters or digits, starting with a letter.");
        }

        if (!int.TryParse(publisher.ChildText("CustomizationOptionValuePrefix"), NumberStyles.None, CultureInfo.InvariantCulture, out var optionPrefix)
            || optionPrefix < 10000 || optionPrefix > 99999)
        {
            yield return manifest.Problem(publisher.Element("CustomizationOptionValuePrefix") ?? publisher, "<CustomizationOptionValuePrefix> must be a number from 10000 to 99999.");
        }
    }
}
