using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Integration.Queue;

namespace SocialCrm.Integration.Sink;

/// <summary>
/// Splits a round of received messages into lanes that are written side by side. All mentions of one author go to one
/// lane, in the order received, and a lane writes its batches one after another: one author's mentions are never in two
/// concurrent requests, so the plug-ins see them in order (threading and streaks depend on it).
/// </summary>
public static class AuthorLanes
{
    public static IReadOnlyList<IReadOnlyList<QueuedMention>> Split(IReadOnlyList<QueuedMention> received, int lanes) =>
        received
            .GroupBy(m => (int)((uint)StringComparer.Ordinal.GetHashCode(m.Mention.AuthorKey) % (uint)lanes))
            .Select(lane => (IReadOnlyList<QueuedMention>)lane.ToList())
            .ToList();
}
