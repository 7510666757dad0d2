namespace SocialCrm.Integration.Sources.Import;

/// <summary>A record the edge refused: the line it starts on, every problem, each naming its field, and whether one
/// of them is a field a mention does not have.</summary>
public sealed record RejectedLine(int Line, string Reason, bool NamesUnknownField = false);
