using System.Collections.Generic;
using System.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>Second stage of packing: every rule runs, so one pass reports every problem in the source.</summary>
public sealed class SolutionValidator
{
    private readonly IReadOnlyList<ISolutionRule> _rules = new ISolutionRule[]
    {
        new ManifestRule(),
        new CustomizationsSkeletonRule(),
        new EntityRule(),
        new OptionValueRule(),
        new FormRule(),
        new ViewRule(),
        new VisualizationRule(),
        new ComponentIdRule(),
        new RelationshipRule(),
        new RoleRule(),
        new AppModuleRule(),
        new EnvironmentVariableRule(),
        new CustomApiRule(),
        new PluginAssemblyRule(),
        new ServiceEndpointRule(),
        new WebResourceRule(),
        new RootComponentRule(),
    };

    public IReadOnlyList<SolutionProblem> Validate(SolutionSource source)
    {
        var index = new SourceIndex(source);
        return source.ReadProblems.Concat(_rules.SelectMany(r => r.Check(source, index))).ToList();
    }
}
