using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// The one exception that rejects a batch: a single mention's problems as the validator words them; in a batch, each
/// bad mention's problems after its position and post, so the sender can find it. Dataverse rolls back the whole
/// batch, so nothing of it is written.
/// </summary>
public static class IntakeRejection
{
    /// <summary>How many bad mentions a message lists before it only counts the rest.</summary>
    public const int MaxListed = 10;

    /// <param name="batchSize">How many mentions the batch has.</param>
    /// <param name="problems">Each bad mention: its position (0-based), a short label (platform and post id) and its message.</param>
    public static InvalidPluginExecutionException For(int batchSize, IReadOnlyList<MentionProblem> problems)
    {
        if (batchSize == 1 && problems.Count == 1)
        {
            return new InvalidPluginExecutionException(problems[0].Message);
        }

        var listed = problems.Take(MaxListed).Select(problem =>
            $"Mention {Number(problem.Index + 1)} of {Number(batchSize)} ({problem.Label}): {problem.Message}");
        var rest = problems.Count > MaxListed ? $" {Number(problems.Count - MaxListed)} more mentions are invalid too." : string.Empty;
        return new InvalidPluginExecutionException(string.Join(" ", listed) + rest);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
