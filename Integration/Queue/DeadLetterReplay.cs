namespace SocialCrm.Integration.Queue;

/// <summary>What a replay did: letters whose mention went back in the queue, and letters refused at the edge, left as they were.</summary>
public sealed record DeadLetterReplay(int Replayed, int NotMentions);
