using System;

namespace SocialCrm.Integration.Sources.Access;

/// <summary>An account that withdrew our app's access on its network: its source is stopped until it grants it again.</summary>
/// <param name="Source">The source that heard it (e.g. webhook:x).</param>
/// <param name="Account">The account's id on the network.</param>
/// <param name="RevokedOn">When the network says access was withdrawn.</param>
public sealed record AccessRevocation(string Source, string Account, DateTimeOffset RevokedOn);
