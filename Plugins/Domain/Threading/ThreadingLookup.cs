using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// What the store must look up, all at once, before a batch can be threaded: two queries for any batch size.
/// </summary>
public sealed class ThreadingLookup
{
    private readonly HashSet<ThreadKey> _batchPosts;

    private ThreadingLookup(HashSet<ThreadKey> batchPosts, IReadOnlyList<ThreadKey> postKeys, IReadOnlyList<ThreadKey> threadKeys)
    {
        _batchPosts = batchPosts;
        PostKeys = postKeys;
        ThreadKeys = threadKeys;
    }

    /// <summary>The batch's own posts.</summary>
    public IEnumerable<ThreadKey> BatchPosts => _batchPosts;

    /// <summary>
    /// Mentions to find by platform + external post id (each with its conversation): the posts the batch replies to
    /// and the thread roots it names, leaving out those in the batch itself.
    /// </summary>
    public IReadOnlyList<ThreadKey> PostKeys { get; }

    /// <summary>Conversations to find by platform + external thread id: the threads of the batch.</summary>
    public IReadOnlyList<ThreadKey> ThreadKeys { get; }

    /// <summary>Whether the post is one of the batch's own.</summary>
    public bool InBatch(ThreadKey post) => _batchPosts.Contains(post);

    /// <summary>
    /// <see cref="ThreadKeys"/> and the threads that retired conversations of the stored parents and roots gave up, so
    /// that a late reply to a post of a retired conversation finds the conversation holding its thread now.
    /// </summary>
    /// <param name="storedPosts">The mentions found by <see cref="PostKeys"/>.</param>
    public IReadOnlyList<ThreadKey> ThreadKeysWith(IEnumerable<KnownMention> storedPosts)
    {
        List<ThreadKey>? keys = null;
        foreach (var mention in storedPosts)
        {
            if (mention.Conversation != null && mention.Conversation.IsRetired)
            {
                keys ??= new List<ThreadKey>(ThreadKeys);
                keys.Add(mention.Conversation.Thread);
            }
        }

        return keys == null ? ThreadKeys : Distinct(keys);
    }

    public static ThreadingLookup For(IEnumerable<ThreadingMention> batch)
    {
        var mentions = batch as IReadOnlyList<ThreadingMention> ?? new List<ThreadingMention>(batch);
        var inBatch = new HashSet<ThreadKey>();
        foreach (var mention in mentions)
        {
            inBatch.Add(mention.PostKey);
        }

        var postKeys = new List<ThreadKey>();
        var seenPosts = new HashSet<ThreadKey>();
        var threadKeys = new List<ThreadKey>();
        var seenThreads = new HashSet<ThreadKey>();
        foreach (var mention in mentions)
        {
            if (mention.ParentKey != null && !inBatch.Contains(mention.ParentKey) && seenPosts.Add(mention.ParentKey))
            {
                postKeys.Add(mention.ParentKey);
            }

            if (!inBatch.Contains(mention.ThreadKey) && seenPosts.Add(mention.ThreadKey))
            {
                postKeys.Add(mention.ThreadKey);
            }

            if (seenThreads.Add(mention.ThreadKey))
            {
                threadKeys.Add(mention.ThreadKey);
            }
        }

        return new ThreadingLookup(inBatch, postKeys, threadKeys);
    }

    private static List<ThreadKey> Distinct(List<ThreadKey> keys)
    {
        var seen = new HashSet<ThreadKey>();
        var distinct = new List<ThreadKey>(keys.Count);
        foreach (var key in keys)
        {
            if (seen.Add(key))
            {
                distinct.Add(key);
            }
        }

        return distinct;
    }
}
