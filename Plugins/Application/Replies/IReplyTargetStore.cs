using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Replies;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>Reads what the reply rules need about conversations.</summary>
public interface IReplyTargetStore
{
    /// <summary>The conversations among <paramref name="conversationIds"/> that exist, by id, each with the customer's
    /// latest message; a constant number of queries for any number of conversations.</summary>
    IReadOnlyDictionary<Guid, ReplyTarget> Find(IReadOnlyCollection<Guid> conversationIds);
}
