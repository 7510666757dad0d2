using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// Other/Customizations.xml keeps an empty element for every kind of component the packer merges, where
/// CustomizationsSolution.xsd wants it; a component in it directly would be packed twice or in the wrong place.
/// </summary>
public sealed class CustomizationsSkeletonRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        if (source.Customizations is not { } customizations)
        {
            yield return new SolutionProblem("Other/Customizations.xml", 0, "(file)", "The customizations skeleton is missing.");
            yield break;
        }

        if (customizations.Root.Name != "ImportExportXml")
        {
            yield return customizations.Problem("The root must be <ImportExportXml>.");
            yield break;
        }

        foreach (var name in ComponentFolder.All.Select(f => f.TargetElement).Prepend("Entities"))
        {
            var element = customizations.Root.Element(name);
            if (element == null)
            {
                yield return customizations.Problem($"<{name}> is missing; the packer puts components there.");
            }
            else if (element.HasElements)
            {
                yield return customizations.Problem(element, "Must stay empty: its components belong in their own folder.");
            }
        }
    }
}
