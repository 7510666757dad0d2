namespace SocialCrm.Integration.Sources.Import;

/// <summary>How far an import has read: bytes of the file, and records so far.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes, int Accepted, int Rejected);
