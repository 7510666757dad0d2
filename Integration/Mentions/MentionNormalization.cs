using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Integration.Mentions;

/// <summary>The outcome of normalising one input: a mention, or the problems of every field that stopped it.</summary>
public sealed class MentionNormalization
{
    private MentionNormalization(Mention? mention, IReadOnlyList<FieldProblem> problems)
    {
        Mention = mention;
        Problems = problems;
    }

    public Mention? Mention { get; }

    public IReadOnlyList<FieldProblem> Problems { get; }

    public bool IsAccepted => Mention != null;

    /// <summary>Every problem in one line, for summaries and dead-letter reasons.</summary>
    public string Reason => string.Join(" ", Problems.Select(p => p.Message));

    public static MentionNormalization Accepted(Mention mention) => new(mention, []);

    public static MentionNormalization Rejected(IReadOnlyList<FieldProblem> problems) => new(null, problems);
}
