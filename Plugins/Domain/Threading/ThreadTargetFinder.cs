using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>Finds where each mention of a batch belongs by the threading rules, following parents inside the batch.</summary>
internal sealed class ThreadTargetFinder
{
    private readonly IReadOnlyList<ThreadingMention> _batch;
    private readonly Dictionary<ThreadKey, int> _batchByPost;
    private readonly Dictionary<ThreadKey, KnownMention> _storedByPost = new Dictionary<ThreadKey, KnownMention>();
    private readonly Dictionary<ThreadKey, KnownConversation> _conversationsByThread = new Dictionary<ThreadKey, KnownConversation>();
    private readonly ThreadTarget?[] _found;
    private readonly bool[] _finding;

    public ThreadTargetFinder(IReadOnlyList<ThreadingMention> batch, IEnumerable<KnownMention> knownMentions, IEnumerable<KnownConversation> knownConversations)
    {
        _batch = batch;
        _batchByPost = new Dictionary<ThreadKey, int>(batch.Count);
        _found = new ThreadTarget?[batch.Count];
        _finding = new bool[batch.Count];
        for (var index = 0; index < batch.Count; index++)
        {
            if (!_batchByPost.ContainsKey(batch[index].PostKey))
            {
                _batchByPost.Add(batch[index].PostKey, index);
            }
        }

        foreach (var mention in knownMentions)
        {
            if (mention.Conversation != null)
            {
                _storedByPost[mention.PostKey] = mention;
            }
        }

        // One conversation per thread key; should the store hand over more, the open one wins, else the latest closed.
        foreach (var conversation in knownConversations
                     .OrderBy(conversation => conversation.State == ConversationState.Open ? 1 : 0)
                     .ThenBy(conversation => conversation.ClosedOn ?? DateTime.MinValue))
        {
            _conversationsByThread[conversation.Key] = conversation;
        }
    }

    /// <summary>The known conversations, one per thread key they hold.</summary>
    public IReadOnlyDictionary<ThreadKey, KnownConversation> ConversationsByThread => _conversationsByThread;

    public ThreadTarget[] FindAll()
    {
        var targets = new ThreadTarget[_batch.Count];
        for (var index = 0; index < targets.Length; index++)
        {
            targets[index] = Find(index);
        }

        return targets;
    }

    private ThreadTarget Find(int index)
    {
        var found = _found[index];
        if (found is not null)
        {
            return found;
        }

        _finding[index] = true;
        found = Search(_batch[index]);
        _finding[index] = false;
        _found[index] = found;
        return found;
    }

    private ThreadTarget Search(ThreadingMention mention)
    {
        if (mention.ConversationId.HasValue)
        {
            return new ThreadTarget(ThreadTargetKind.Explicit, mention.ConversationId, null, null);
        }

        var parent = mention.ParentKey;
        if (parent != null)
        {
            var byParent = OfPost(parent);
            if (byParent != null)
            {
                return byParent;
            }
        }

        var thread = mention.ThreadKey;
        if (_conversationsByThread.TryGetValue(thread, out var conversation))
        {
            return new ThreadTarget(ThreadTargetKind.Existing, null, conversation, null);
        }

        if (!thread.Equals(mention.PostKey))
        {
            var byRoot = OfPost(thread);
            if (byRoot != null)
            {
                return byRoot;
            }
        }

        return new ThreadTarget(ThreadTargetKind.NewThread, null, null, thread);
    }

    /// <summary>The conversation of a post, in the batch (found first, whatever the order) or stored.</summary>
    private ThreadTarget? OfPost(ThreadKey post)
    {
        // A reply cycle inside a batch (bad data) falls through to the thread rule instead of recursing forever.
        if (_batchByPost.TryGetValue(post, out var index) && !_finding[index])
        {
            return Find(index);
        }

        if (_storedByPost.TryGetValue(post, out var stored))
        {
            return new ThreadTarget(ThreadTargetKind.Existing, null, stored.Conversation, null);
        }

        return null;
    }
}
