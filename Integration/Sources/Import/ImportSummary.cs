using System.Collections.Generic;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>What an import did: how many mentions were queued, and each rejected record with its line and reason.</summary>
public sealed record ImportSummary(int Accepted, IReadOnlyList<RejectedLine> Rejected);
