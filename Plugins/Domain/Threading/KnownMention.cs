using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>A stored mention the store found by external post id (a parent or thread root), with its conversation.</summary>
public sealed class KnownMention
{
    public KnownMention(SocialPlatform platform, string externalPostId, KnownConversation? conversation)
    {
        Platform = platform;
        ExternalPostId = externalPostId ?? throw new ArgumentNullException(nameof(externalPostId));
        Conversation = conversation;
        PostKey = new ThreadKey(platform, externalPostId);
    }

    public SocialPlatform Platform { get; }

    public string ExternalPostId { get; }

    /// <summary>The conversation it belongs to; null when it has none.</summary>
    public KnownConversation? Conversation { get; }

    public ThreadKey PostKey { get; }
}
