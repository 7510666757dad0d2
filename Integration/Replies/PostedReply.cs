using System;

namespace SocialCrm.Integration.Replies;

/// <summary>What the network says about a reply it accepted: its id there, its address and when.</summary>
public sealed record PostedReply(string PostId, string? Url, DateTimeOffset SentOn);
