using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>A scrm_conversation the store found, with what threading needs to join or reopen it. Times are UTC.</summary>
public sealed class KnownConversation
{
    public KnownConversation(Guid id, SocialPlatform platform, string externalThreadId, ConversationState state, DateTime? closedOn = null)
    {
        Id = id;
        Platform = platform;
        ExternalThreadId = externalThreadId ?? throw new ArgumentNullException(nameof(externalThreadId));
        State = state;
        ClosedOn = closedOn;
        Key = new ThreadKey(platform, externalThreadId);
    }

    public Guid Id { get; }

    public SocialPlatform Platform { get; }

    public string ExternalThreadId { get; }

    public ConversationState State { get; }

    /// <summary>scrm_closedon: when it was resolved or ignored.</summary>
    public DateTime? ClosedOn { get; }

    /// <summary>The key it holds now: its thread's, or its retired id once a later conversation took the thread.</summary>
    public ThreadKey Key { get; }

    /// <summary>Whether a later conversation of its thread took the thread's key (see <see cref="NewConversation"/>).</summary>
    public bool IsRetired =>
        ExternalThreadId.Length >= RetiredSuffixLength && ExternalThreadId[ExternalThreadId.Length - RetiredSuffixLength] == '~'
        && ExternalThreadId.EndsWith(RetiredSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The thread it belongs to: <see cref="Key"/>, or the thread a retired conversation gave up. A thread id cut to fit
    /// the retired id can't be restored: the cut id stands for it.
    /// </summary>
    public ThreadKey Thread => IsRetired
        ? new ThreadKey(Platform, ExternalThreadId.Substring(0, ExternalThreadId.Length - RetiredSuffix.Length))
        : Key;

    /// <summary>
    /// The external thread id it moves to when a later conversation takes its thread: "&lt;thread id&gt;~&lt;its id&gt;",
    /// the thread id shortened to fit <see cref="ConversationTable.ExternalThreadIdLength"/>.
    /// </summary>
    public string RetiredThreadId
    {
        get
        {
            var room = ConversationTable.ExternalThreadIdLength - RetiredSuffix.Length;
            var threadId = Thread.Id.Length > room ? Thread.Id.Substring(0, room) : Thread.Id;
            return threadId + RetiredSuffix;
        }
    }

    // "~" and the id's 32 hex digits: most thread ids are told apart by the character where the "~" would be.
    private const int RetiredSuffixLength = 33;

    private string RetiredSuffix => "~" + Id.ToString("N");
}
