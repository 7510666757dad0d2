using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// The conditions of a query for rows by an alternate key of platform and external id: the key's platforms In one
/// list and its ids In another, each value once (ids case-insensitively, as Dataverse's collation compares them). The
/// two lists also match crossed pairs, which the caller drops by its own key.
/// </summary>
internal static class KeyConditions
{
    public static void AddKeyConditions<TKey>(this FilterExpression criteria, ICollection<TKey> keys, string platformColumn, Func<TKey, SocialPlatform> platformOf,
        string idColumn, Func<TKey, string> idOf)
    {
        var platforms = new List<object>();
        var ids = new List<object>(keys.Count);
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            object platform = (int)platformOf(key);
            if (!platforms.Contains(platform))
            {
                platforms.Add(platform);
            }

            if (seenIds.Add(idOf(key)))
            {
                ids.Add(idOf(key));
            }
        }

        criteria.AddCondition(platformColumn, ConditionOperator.In, platforms.ToArray());
        criteria.AddCondition(idColumn, ConditionOperator.In, ids.ToArray());
    }
}
