using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// What the store must look up, all at once, before a batch can be threaded: two queries for any batch size.
/// </summary>
public sealed class ThreadingLookup
{
    // Keyed sets of the batch's size, made at that size once (HashSet takes no capacity before .NET Framework 4.7.2).
    private readonly Dictionary<ThreadKey, bool> _batchPosts;

    private ThreadingLookup(Dictionary<ThreadKey, bool> batchPosts, IReadOnlyList<ThreadKey> postKeys, IReadOnlyList<ThreadKey> threadKeys)
    {
        _batchPosts = batchPosts;
        PostKeys = postKeys;
        ThreadKeys = threadKeys;
    }

    /// <summary>The batch's own posts.</summary>
    public ICollection<ThreadKey> BatchPosts => _batchPosts.Keys;

    /// <summary>
    /// Mentions to find by platform + external post id (each with its conversation): the posts the batch replies to
    /// and the thread roots it names, leaving out those in the batch itself.
    /// </summary>
    public IReadOnlyList<ThreadKey> PostKeys { get; }

    /// <summary>Conversations to find by platform + external thread id: the threads of the batch.</summary>
    public IReadOnlyList<ThreadKey> ThreadKeys { get; }

    /// <summary>Whether the post is one of the batch's own.</summary>
    public bool InBatch(ThreadKey post) => _batchPosts.ContainsKey(post);

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
        var inBatch = new Dictionary<ThreadKey, bool>(mentions.Count);
        foreach (var mention in mentions)
        {
            inBatch[mention.PostKey] = true;
        }

        // One set for both lists: what each key was already taken as (a post to find, a thread to find).
        var postKeys = new List<ThreadKey>();
        var threadKeys = new List<ThreadKey>(mentions.Count);
        var seen = new Dictionary<ThreadKey, Taken>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.ParentKey != null && !inBatch.ContainsKey(mention.ParentKey) && Take(seen, mention.ParentKey, Taken.Post))
            {
                postKeys.Add(mention.ParentKey);
            }

            if (!inBatch.ContainsKey(mention.ThreadKey) && Take(seen, mention.ThreadKey, Taken.Post))
            {
                postKeys.Add(mention.ThreadKey);
            }

            if (Take(seen, mention.ThreadKey, Taken.Thread))
            {
                threadKeys.Add(mention.ThreadKey);
            }
        }

        return new ThreadingLookup(inBatch, postKeys, threadKeys);
    }

    [Flags]
    private enum Taken : byte
    {
        Post = 1,
        Thread = 2,
    }

    // Whether the key was not yet taken as <paramref name="what"/>; it is now.
    private static bool Take(Dictionary<ThreadKey, Taken> seen, ThreadKey key, Taken what)
    {
        seen.TryGetValue(key, out var taken);
        if ((taken & what) != 0)
        {
            return false;
        }

        seen[key] = taken | what;
        return true;
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
