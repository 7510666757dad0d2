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
        // Sized once for the batch's keys: a set of ids (HashSet takes no capacity before .NET Framework 4.7.2) and the
        // In list itself; a platform is boxed once, when first seen.
        var platforms = new List<object>();
        var seenPlatforms = new List<int>();
        var ids = new object[keys.Count];
        var idCount = 0;
        var seenIds = new Dictionary<string, bool>(keys.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var platform = (int)platformOf(key);
            if (!seenPlatforms.Contains(platform))
            {
                seenPlatforms.Add(platform);
                platforms.Add(platform);
            }

            var id = idOf(key);
            if (!seenIds.ContainsKey(id))
            {
                seenIds.Add(id, true);
                ids[idCount++] = id;
            }
        }

        if (idCount < ids.Length)
        {
            Array.Resize(ref ids, idCount);
        }

        criteria.AddCondition(platformColumn, ConditionOperator.In, platforms.ToArray());
        criteria.AddCondition(idColumn, ConditionOperator.In, ids);
    }
}
