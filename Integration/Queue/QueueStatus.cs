using System;
using System.Collections.Generic;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// How deep the queue is: messages waiting, messages out on a lease, dead letters, the latest dead letters, and why the
/// latest message that could not be delivered is waiting (null when none is waiting for a retry).
/// </summary>
public sealed record QueueStatus(int Pending, int Leased, int DeadLetters, DateTimeOffset? OldestPending, IReadOnlyList<DeadLetter> RecentDeadLetters,
    string? LastDeliveryError = null);
