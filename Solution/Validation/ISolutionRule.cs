using System.Collections.Generic;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>One family of checks on the unpacked source; each problem names its file and element.</summary>
public interface ISolutionRule
{
    IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index);
}
