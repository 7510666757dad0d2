using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// Looks through a Graph API list page by page. Lists come a page at a time with the next page's address in
/// paging.next, absent on the last page; a page may be empty and still name a next one
/// (https://developers.facebook.com/docs/graph-api/results). A list nested in each item (a conversation's messages, a
/// comment's replies) pages the same way inside that item. At most <see cref="MaxPages"/> pages are read per search,
/// and a next page is followed only on the Graph API's own host, so the Page token never goes anywhere else.
/// </summary>
internal sealed class GraphListSearch(HttpClient http, MetaAccountOptions account, TimeProvider clock)
{
    /// <summary>Pages read per search at most, nested pages included: a bounded cost for a busy post or a long thread.</summary>
    public const int MaxPages = 10;

    /// <summary>
    /// The first item of the list at <paramref name="path"/> (or, with <paramref name="nestedList"/>, of the lists nested
    /// in its items) that <paramref name="matches"/>: a failure, the item, or neither when the pages read hold none.
    /// </summary>
    public async Task<(PostOutcome? Failure, JsonNode? Match)> FindAsync(string path, string? nestedList, Func<JsonNode, bool> matches, CancellationToken cancellationToken)
    {
        var pages = new Queue<(Uri Page, bool Flat)>();
        pages.Enqueue((new Uri(account.ApiBaseUrl, path), nestedList == null));
        for (var read = 0; read < MaxPages && pages.TryDequeue(out var next); read++)
        {
            using var request = MetaReplyClient.Request(account, HttpMethod.Get, next.Page.AbsoluteUri);
            using var response = await http.SendAsync(request, cancellationToken);
            var json = await NetworkResponse.ReadJsonAsync(response, cancellationToken);
            if (!response.IsSuccessStatusCode || json?["data"] is not JsonArray data)
            {
                return (MetaReplyClient.Failure(response, json, clock.GetUtcNow()), null);
            }

            if (next.Flat)
            {
                if (data.FirstOrDefault(item => item != null && matches(item)) is { } match)
                {
                    return (null, match);
                }
            }
            else
            {
                foreach (var list in data.Select(item => item?[nestedList!]).OfType<JsonNode>())
                {
                    if (list["data"] is JsonArray items && items.FirstOrDefault(item => item != null && matches(item)) is { } match)
                    {
                        return (null, match);
                    }

                    Enqueue(pages, list, flat: true);
                }
            }

            Enqueue(pages, json, next.Flat);
        }

        return (null, null);
    }

    private void Enqueue(Queue<(Uri, bool)> pages, JsonNode list, bool flat)
    {
        if (list["paging"]?["next"] is JsonValue value && value.TryGetValue<string>(out var next)
            && Uri.TryCreate(next, UriKind.Absolute, out var page) && OnGraphHost(page))
        {
            pages.Enqueue((page, flat));
        }
    }

    private bool OnGraphHost(Uri page) =>
        page.Scheme == account.ApiBaseUrl.Scheme && page.IdnHost == account.ApiBaseUrl.IdnHost && page.Port == account.ApiBaseUrl.Port;
}
