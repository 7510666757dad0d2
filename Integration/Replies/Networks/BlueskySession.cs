using System.Threading;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// An atproto session from com.atproto.server.createSession or refreshSession: the access token for calls, the refresh
/// token to renew it, and the account's DID and handle (https://docs.bsky.app/docs/api/com-atproto-server-create-session).
/// </summary>
public sealed record BlueskySession(string AccessJwt, string RefreshJwt, string Did, string Handle);

/// <summary>The worker's one session with its PDS, kept across rounds so it logs in once and refreshes when told to.</summary>
public sealed class BlueskySessionHolder
{
    private BlueskySession? current;

    public BlueskySession? Current
    {
        get => Volatile.Read(ref current);
        set => Volatile.Write(ref current, value);
    }
}
