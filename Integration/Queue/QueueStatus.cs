using System;
using System.Collections.Generic;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// How deep the queue is: messages waiting, messages out on a lease (null when the queue cannot see them), messages
/// waiting out a retry delay when the queue keeps them apart from the waiting ones (null when they are among the
/// waiting, or cannot be seen), dead letters, the latest dead letters, why the latest message that could not be delivered
/// is waiting (null when none is waiting for a retry), and where the figures come from when that limits what they show.
/// </summary>
public sealed record QueueStatus(int Pending, int? Leased, int DeadLetters, DateTimeOffset? OldestPending, IReadOnlyList<DeadLetter> RecentDeadLetters,
    string? LastDeliveryError = null, int? WaitingForRetry = null, string? CountedBy = null);
