using System.Collections.Generic;
using System.Linq;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// What the store must look up, all at once, before a batch can be threaded: two queries for any batch size.
/// </summary>
public sealed class ThreadingLookup
{
    private ThreadingLookup(IReadOnlyList<ThreadKey> postKeys, IReadOnlyList<ThreadKey> threadKeys)
    {
        PostKeys = postKeys;
        ThreadKeys = threadKeys;
    }

    /// <summary>
    /// Mentions to find by platform + external post id (each with its conversation): the posts the batch replies to
    /// and the thread roots it names, leaving out those in the batch itself.
    /// </summary>
    public IReadOnlyList<ThreadKey> PostKeys { get; }

    /// <summary>Conversations to find by platform + external thread id: the threads of the batch.</summary>
    public IReadOnlyList<ThreadKey> ThreadKeys { get; }

    /// <summary>
    /// <see cref="ThreadKeys"/> and the threads that retired conversations of the stored parents and roots gave up, so
    /// that a late reply to a post of a retired conversation finds the conversation holding its thread now.
    /// </summary>
    /// <param name="storedPosts">The mentions found by <see cref="PostKeys"/>.</param>
    public IReadOnlyList<ThreadKey> ThreadKeysWith(IEnumerable<KnownMention> storedPosts) =>
        ThreadKeys
            .Concat(storedPosts
                .Select(mention => mention.Conversation)
                .Where(conversation => conversation != null && conversation.IsRetired)
                .Select(conversation => conversation!.Thread))
            .Distinct()
            .ToList();

    public static ThreadingLookup For(IEnumerable<ThreadingMention> batch)
    {
        var mentions = batch.ToList();
        var inBatch = new HashSet<ThreadKey>(mentions.Select(mention => mention.PostKey));
        var postKeys = mentions
            .SelectMany(mention => mention.ParentKey == null ? new[] { mention.ThreadKey } : new[] { mention.ParentKey, mention.ThreadKey })
            .Where(key => !inBatch.Contains(key))
            .Distinct()
            .ToList();
        var threadKeys = mentions.Select(mention => mention.ThreadKey).Distinct().ToList();
        return new ThreadingLookup(postKeys, threadKeys);
    }
}
