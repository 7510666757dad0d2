namespace SocialCrm.Integration.Sources.Streams;

/// <summary>One event of a network's stream: its name and its payload, as the transport delivered it (still text).</summary>
public sealed record StreamEvent(string Name, string? Payload);
