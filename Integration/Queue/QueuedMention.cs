using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>
/// A received message: the mention, which delivery this is (1 for the first), and the handle the consumer settles it by
/// (<paramref name="Id"/> and <paramref name="LeaseId"/>: a row and its lease in SQLite, a delivery tag and its channel in
/// a broker).
/// </summary>
public sealed record QueuedMention(long Id, string LeaseId, int Attempt, string Source, Mention Mention);
