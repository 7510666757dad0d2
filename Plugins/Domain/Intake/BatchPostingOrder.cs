using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>The places of a batch's mentions in the order they were posted, those posted at the same time in batch order.</summary>
public static class BatchPostingOrder
{
    /// <summary>
    /// The indexes of <paramref name="mentions"/> by <paramref name="postedOn"/>, ties by index. A batch already in
    /// posting order (the worker's usual case) comes back without sorting.
    /// </summary>
    public static int[] Of<T>(IReadOnlyList<T> mentions, Func<T, DateTime> postedOn)
    {
        var order = new int[mentions.Count];
        var times = new DateTime[mentions.Count];
        var sorted = true;
        for (var index = 0; index < order.Length; index++)
        {
            order[index] = index;
            times[index] = postedOn(mentions[index]);
            sorted &= index == 0 || times[index] >= times[index - 1];
        }

        if (!sorted)
        {
            // The index breaks ties, so the order is total and the unstable sort gives the stable order.
            Array.Sort(order, (first, second) => times[first] != times[second] ? times[first].CompareTo(times[second]) : first.CompareTo(second));
        }

        return order;
    }
}
