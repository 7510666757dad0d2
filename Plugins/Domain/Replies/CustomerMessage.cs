using System;

namespace SocialCrm.Plugins.Domain.Replies;

/// <summary>The customer's latest inbound post or message in a conversation: what a reply answers.</summary>
public sealed class CustomerMessage
{
    public CustomerMessage(string postId, DateTime postedOn, bool isPrivate, bool isRemoved, string? authorHandle = null)
    {
        AuthorHandle = authorHandle;
        IsPrivate = isPrivate;
        PostId = postId;
        PostedOn = postedOn;
        IsRemoved = isRemoved;
    }

    public string PostId { get; }

    /// <summary>The customer's handle on the network as intake stored it (no leading @; Mastodon's acct, user@domain when remote).</summary>
    public string? AuthorHandle { get; }

    public DateTime PostedOn { get; }

    /// <summary>A direct message: the conversation is a private thread.</summary>
    public bool IsPrivate { get; }

    /// <summary>Deleted by its author or hidden on the network: nothing can be posted under it.</summary>
    public bool IsRemoved { get; }
}
