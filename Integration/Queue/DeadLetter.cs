using System;

namespace SocialCrm.Integration.Queue;

/// <summary>A message given up on: what it held, where it came from, and why (the server's message, or the edge's).</summary>
public sealed record DeadLetter(long Id, string Key, string Source, string Payload, int Attempts, string Reason, DateTimeOffset DeadLetteredOn);
