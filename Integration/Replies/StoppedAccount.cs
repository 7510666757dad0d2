using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>A network account whose replies stopped when the network rejected its credentials, with the network's words.</summary>
public sealed record StoppedAccount(SocialPlatform Platform, string Reason, DateTimeOffset Since);
