using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local.WebApi.Errors;

namespace SocialCrm.Dataverse.Local.WebApi.Routing;

/// <summary>
/// The records created so far in a change set, by Content-ID: "$1" in a later request's URL or @odata.bind stands for
/// the URL of the record the request with Content-ID 1 created. A reference to an id not declared before is a 400.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api#reference-uris-in-an-operation
/// </summary>
internal sealed class ContentIdMap
{
    private readonly Dictionary<string, Uri> urls = new(StringComparer.Ordinal);

    public static ContentIdMap Empty { get; } = new();

    public void Add(string contentId, Uri url) => urls[contentId] = url;

    public void Clear() => urls.Clear();

    /// <summary><paramref name="reference"/> with a leading $id replaced by its URL; other text as it is.</summary>
    public string Resolve(string reference)
    {
        if (!reference.StartsWith('$') || reference.StartsWith("$metadata", StringComparison.Ordinal) || reference.StartsWith("$batch", StringComparison.Ordinal))
        {
            return reference;
        }

        var end = reference.IndexOfAny(new[] { '/', '?' });
        var id = end < 0 ? reference[1..] : reference[1..end];
        if (!urls.TryGetValue(id, out var url))
        {
            throw new WebApiException(400, string.Empty, $"Content-ID Reference: '${id}' does not exist in the batch context.");
        }

        return url.AbsoluteUri + (end < 0 ? string.Empty : reference[end..]);
    }
}
