using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>A reply waiting in Dataverse for the worker, as the reply rules accepted it.</summary>
/// <param name="Id">The scrm_mention's activityid: the reply's identity everywhere, and its idempotency key.</param>
/// <param name="InReplyToId">The customer's post as the network names it (not in Dataverse's form of the id).</param>
/// <param name="Status">Pending, or Sending when an earlier run may have posted it already.</param>
/// <param name="CreatedOn">When the agent wrote it (Dataverse's createdon): a network key derived from the reply uses it.</param>
public sealed record PendingReply(
    Guid Id, SocialPlatform Platform, string Text, string InReplyToId, string? ThreadId, bool IsPrivate, SendStatus Status, DateTimeOffset CreatedOn = default);
