using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>Every problem of one mention, so one rejection tells the sender all that is wrong at once.</summary>
public sealed class MentionValidation
{
    public MentionValidation(IReadOnlyList<ValidationProblem> problems, ValidMention? mention)
    {
        Problems = problems;
        Mention = mention;
    }

    /// <summary>The mention, typed as valid; null when it has problems.</summary>
    public ValidMention? Mention { get; }

    public IReadOnlyList<ValidationProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>The messages in column order of the checks, one sentence each: the text of the rejection.</summary>
    public string Message => string.Join(" ", Problems.Select(problem => problem.Message));
}
