using System.Collections.Generic;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>One record of an import file: the line it starts on, what was read and what reading it found wrong.</summary>
public sealed record ImportRecord(int Line, MentionInput Input, IReadOnlyList<FieldProblem> Problems);
