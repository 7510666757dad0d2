using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Queue;

/// <summary>A leased message: the mention, which delivery this is (1 for the first) and the lease that owns it.</summary>
public sealed record QueuedMention(long Id, string LeaseId, int Attempt, string Source, Mention Mention);
