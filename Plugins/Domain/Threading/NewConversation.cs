using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>
/// A conversation a batch starts, keyed by platform + external thread id. When it follows a closed conversation of the
/// same thread (the reopen window had passed), it links to it as its previous conversation, and the closed one must
/// give up the thread's key first: the alternate key allows one conversation per thread, and the live one should hold
/// it so that later mentions of the thread find it. <see cref="RetiredThreadId"/> is the id the closed one takes.
/// </summary>
public sealed class NewConversation
{
    public NewConversation(ThreadKey key, string title, ThreadingMention startedBy, KnownConversation? previous)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Title = title;
        StartedBy = startedBy ?? throw new ArgumentNullException(nameof(startedBy));
        Previous = previous;
    }

    public ThreadKey Key { get; }

    public SocialPlatform Platform => Key.Platform;

    /// <summary>scrm_externalthreadid.</summary>
    public string ExternalThreadId => Key.Id;

    /// <summary>scrm_name: the first mention's subject.</summary>
    public string Title { get; }

    /// <summary>The batch's earliest mention in it: its author is the originating profile.</summary>
    public ThreadingMention StartedBy { get; }

    /// <summary>scrm_previousconversationid: the closed conversation of the same thread, if any.</summary>
    public KnownConversation? Previous { get; }

    /// <summary>
    /// The external thread id the previous conversation moves to (<see cref="KnownConversation.RetiredThreadId"/>);
    /// null without a previous conversation, or when it was retired already and holds no thread's key.
    /// </summary>
    public string? RetiredThreadId => Previous == null || Previous.IsRetired ? null : Previous.RetiredThreadId;
}
