using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Tests.Networks;

/// <summary>
/// Bluesky's AppView answering app.bsky.actor.getProfile ?actor=did as documented
/// (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile): 200 with a profileViewDetailed {did, handle, displayName,
/// …}, 400 {"error": "InvalidRequest", "message": "Profile not found"} for an actor it does not know, and 502 while
/// <see cref="Failing"/>, as an AppView behind a broken gateway does.
/// </summary>
public sealed class FakeBlueskyAppView : FakeNetwork
{
    /// <summary>The profiles it knows, by DID: (handle, display name).</summary>
    public ConcurrentDictionary<string, (string Handle, string? DisplayName)> Profiles { get; } = new();

    /// <summary>The actors asked for, in order.</summary>
    public ConcurrentQueue<string> Asked { get; } = new();

    public bool Failing { get; set; }

    public static async Task<FakeBlueskyAppView> StartAsync()
    {
        var appView = new FakeBlueskyAppView();
        await appView.StartAsync(app => app.MapGet("/xrpc/app.bsky.actor.getProfile", (HttpContext context) => appView.GetProfile(context)));
        return appView;
    }

    private IResult GetProfile(HttpContext context)
    {
        var actor = context.Request.Query["actor"].ToString();
        Asked.Enqueue(actor);
        if (Failing)
        {
            return Results.StatusCode(StatusCodes.Status502BadGateway);
        }

        if (!Profiles.TryGetValue(actor, out var profile))
        {
            return Results.Json(new JsonObject { ["error"] = "InvalidRequest", ["message"] = "Profile not found" }, statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(new JsonObject
        {
            ["did"] = actor,
            ["handle"] = profile.Handle,
            ["displayName"] = profile.DisplayName,
            ["followersCount"] = 12,
            ["followsCount"] = 30,
            ["postsCount"] = 4,
            ["indexedAt"] = "2024-09-09T19:46:02.102Z",
        });
    }
}
