using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>One mention of a batch, with what threading needs: where it sits in its network's thread. Times are UTC.</summary>
public sealed class ThreadingMention
{
    public ThreadingMention(
        SocialPlatform platform,
        string externalPostId,
        DateTime postedOn,
        string? threadId = null,
        string? inReplyToId = null,
        MentionDirection direction = MentionDirection.Inbound,
        Guid? conversationId = null,
        string? subject = null)
    {
        Platform = platform;
        ExternalPostId = externalPostId ?? throw new ArgumentNullException(nameof(externalPostId));
        PostedOn = postedOn;
        ThreadId = threadId;
        InReplyToId = inReplyToId;
        Direction = direction;
        ConversationId = conversationId;
        Subject = subject;
        // Made once: threading looks each key up several times per mention. A thread named by the post or its parent
        // shares that key, so a batch holds no copies.
        PostKey = new ThreadKey(platform, externalPostId);
        ParentKey = inReplyToId == null ? null : new ThreadKey(platform, inReplyToId);
        ThreadKey = threadId == null ? ParentKey ?? PostKey
            : threadId == externalPostId ? PostKey
            : threadId == inReplyToId ? ParentKey!
            : new ThreadKey(platform, threadId);
    }

    /// <summary>The threading view of a valid mention; its subject is its text's first line.</summary>
    public static ThreadingMention From(ValidMention mention) =>
        new ThreadingMention(
            mention.Platform,
            mention.ExternalPostId,
            mention.PostedOn,
            mention.ThreadId,
            mention.InReplyToId,
            mention.Direction,
            mention.ConversationId,
            MentionSubject.FromText(mention.Text));

    public SocialPlatform Platform { get; }

    public string ExternalPostId { get; }

    public DateTime PostedOn { get; }

    /// <summary>scrm_threadid as given; see <see cref="ThreadKey"/> for the one threading uses.</summary>
    public string? ThreadId { get; }

    public string? InReplyToId { get; }

    public MentionDirection Direction { get; }

    /// <summary>The conversation the mention was explicitly posted in (an outbound reply), if any.</summary>
    public Guid? ConversationId { get; }

    /// <summary>The mention's subject: the title of a conversation it starts.</summary>
    public string? Subject { get; }

    public ThreadKey PostKey { get; }

    /// <summary>
    /// The thread: its thread id; without one, the post it replies to, whose thread it shares (so that a reply that
    /// arrives before its parent starts the conversation the parent, keyed by its own id, will find); else its own post
    /// id (a post starts its own thread).
    /// </summary>
    public ThreadKey ThreadKey { get; }

    /// <summary>The post it replies to, if any.</summary>
    public ThreadKey? ParentKey { get; }
}
