using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>New mentions in the order they were posted, for the rollups that add them up one by one.</summary>
internal static class PostingOrder
{
    /// <summary>
    /// The mentions by posting time, those posted at the same time in the order given (a stable sort). Mentions already
    /// in that order, as one mention always is and the rollups' batches usually are, come back without sorting.
    /// </summary>
    public static IReadOnlyList<RollupMention> Of(IEnumerable<RollupMention> mentions)
    {
        if (mentions is List<RollupMention> list && IsSorted(list))
        {
            return list;
        }

        if (mentions is IReadOnlyList<RollupMention> readOnly && IsSorted(readOnly))
        {
            return readOnly;
        }

        return mentions.OrderBy(mention => mention.PostedOn).ToList();
    }

    private static bool IsSorted(IReadOnlyList<RollupMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].PostedOn < mentions[i - 1].PostedOn)
            {
                return false;
            }
        }

        return true;
    }
}
