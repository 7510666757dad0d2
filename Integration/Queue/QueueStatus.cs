using System;
using System.Collections.Generic;

namespace SocialCrm.Integration.Queue;

/// <summary>How deep the queue is: messages waiting, messages out on a lease, dead letters, and the latest dead letters.</summary>
public sealed record QueueStatus(int Pending, int Leased, int DeadLetters, DateTimeOffset? OldestPending, IReadOnlyList<DeadLetter> RecentDeadLetters);
