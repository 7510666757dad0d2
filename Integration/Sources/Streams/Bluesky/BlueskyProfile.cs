namespace SocialCrm.Integration.Sources.Streams.Bluesky;

/// <summary>What a Bluesky author is called: a handle, and a display name when the AppView told one.</summary>
public sealed record BlueskyProfile(string Handle, string? DisplayName);
