using System.Collections.Generic;
using System.Linq;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Removals;

/// <summary>
/// The ids a network gave the versions of an edited post. X gives each edit a new post id while the post's mention keeps
/// the original's (edit_history.initial_tweet_id), and deletes the whole edit chain with any one of its versions ("if any
/// Post in the edit chain is deleted, all Posts in that chain are deleted as well",
/// https://developer.x.com/en/docs/x-api/edit-tweets), naming the version deleted. Kept with the removals, so a delete
/// naming a later version, before or after a restart, removes the original's mention.
/// </summary>
/// <param name="Platform">The network.</param>
/// <param name="OriginalId">The original post's id, which its mention stores.</param>
/// <param name="VersionIds">Every version's id, in the network's order (the original's may be among them).</param>
public sealed record PostVersions(SocialPlatform Platform, string OriginalId, IReadOnlyList<string> VersionIds)
{
    /// <summary>The mention's key (<see cref="Mention.Key"/>).</summary>
    public string Key => PostIds.Key(Platform, OriginalId);

    /// <summary>The keys of the later versions, each once, the original's left out.</summary>
    public IEnumerable<string> VersionKeys => VersionIds.Select(id => PostIds.Key(Platform, id)).Where(key => key != Key).Distinct();
}
