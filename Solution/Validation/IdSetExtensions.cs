using System;
using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Solution.Validation;

internal static class IdSetExtensions
{
    /// <summary>The ids that parsed, as a set.</summary>
    public static ISet<Guid> ToIdSet(this IEnumerable<Guid?> ids) => ids.Where(i => i.HasValue).Select(i => i!.Value).ToHashSet();
}
