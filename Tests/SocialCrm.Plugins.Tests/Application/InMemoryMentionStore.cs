using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>Stored mentions as threading sees them (the post and its conversation) and as the rollups see them (their
/// counted scores, by conversation).</summary>
internal sealed class InMemoryMentionStore : IMentionStore
{
    public List<KnownMention> Rows { get; } = new();

    public List<KnownMention> FindByPostKeys(IEnumerable<ThreadKey> keys)
    {
        var wanted = new HashSet<ThreadKey>(keys);
        return Rows.Where(mention => wanted.Contains(mention.PostKey)).ToList();
    }

    public string? LatestText(Guid conversationId) => null;

    /// <summary>Each conversation's inbound mentions whose score counts, in posting order.</summary>
    public Dictionary<Guid, List<RollupMention>> ScoredInbound { get; } = new();

    public Dictionary<Guid, List<RollupMention>> FindScoredInbound(IEnumerable<Guid> conversationIds) =>
        conversationIds.Distinct().Where(ScoredInbound.ContainsKey).ToDictionary(id => id, id => ScoredInbound[id].ToList());

    public Dictionary<Guid, WrittenMention> LatestInbound(ICollection<Guid> conversationIds, DateTime postedOnOrAfter) => new();
}
