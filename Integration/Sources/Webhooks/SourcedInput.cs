using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>A mention read from a delivery, with the JSON it came from (kept in a dead letter if the edge refuses it).</summary>
public sealed record SourcedInput(MentionInput Input, string Raw);
