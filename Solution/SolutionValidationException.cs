using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Solution;

/// <summary>The unpacked source cannot be packed; <see cref="Problems"/> lists every reason, each with its file and element.</summary>
public sealed class SolutionValidationException : Exception
{
    public SolutionValidationException(IReadOnlyList<SolutionProblem> problems)
        : base("The solution source is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<SolutionProblem> Problems { get; }
}
