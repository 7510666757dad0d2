namespace SocialCrm.Integration.Sources.Import;

/// <summary>A record the edge refused: the line it starts on and every problem, each naming its field.</summary>
public sealed record RejectedLine(int Line, string Reason);
