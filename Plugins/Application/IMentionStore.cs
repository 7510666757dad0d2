using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;

namespace SocialCrm.Plugins.Application;

/// <summary>Stored scrm_mention rows, as threading, the conversation summary and the waiting re-evaluation read them.</summary>
public interface IMentionStore
{
    /// <summary>Stored mentions with these post keys, each with the conversation it is regarding, in one query.</summary>
    List<KnownMention> FindByPostKeys(IEnumerable<ThreadKey> keys);

    /// <summary>The full text of the conversation's latest mention (by posting time); null when it has none.</summary>
    string? LatestText(Guid conversationId);

    /// <summary>The inbound mentions of these conversations whose score counts, by conversation, in posting order (the
    /// order they were stored in for a tie), in one query.</summary>
    Dictionary<Guid, List<RollupMention>> FindScoredInbound(IEnumerable<Guid> conversationIds);

    /// <summary>
    /// The latest inbound mention of each of these conversations (by posting time), as intake wrote it, in one query that
    /// reads only mentions posted at or after <paramref name="postedOnOrAfter"/>; a conversation with none is left out.
    /// </summary>
    Dictionary<Guid, WrittenMention> LatestInbound(ICollection<Guid> conversationIds, DateTime postedOnOrAfter);
}
