using System.Collections.Generic;
using System.Linq;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>What one part of a batch answered: one response, or the responses of a change set that committed.</summary>
internal sealed class BatchResult
{
    private BatchResult(IReadOnlyList<(string? ContentId, WebApiResponse Response)> responses, bool isChangeSet)
    {
        Responses = responses;
        IsChangeSet = isChangeSet;
    }

    public IReadOnlyList<(string? ContentId, WebApiResponse Response)> Responses { get; }

    public bool IsChangeSet { get; }

    /// <summary>The failed response, when the part failed.</summary>
    public WebApiResponse? Failure => Responses.Select(r => r.Response).FirstOrDefault(r => !r.IsSuccess);

    public static BatchResult Single(string? contentId, WebApiResponse response) => new(new[] { (contentId, response) }, isChangeSet: false);

    public static BatchResult ChangeSet(IReadOnlyList<(string? ContentId, WebApiResponse Response)> responses) => new(responses, isChangeSet: true);
}
