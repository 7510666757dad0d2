using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>One request of a $batch as read from its part: method, URL as written (it may start with $1), headers, body.</summary>
internal sealed record BatchOperation(string Method, string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? ContentId);
