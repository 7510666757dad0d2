using System;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// A private conversation has no post to thread on: each sender's direct messages make one thread, "dm:" and the
/// sender's id on the network. A reply to such a thread goes back to that id (Meta's PSID, X's user id).
/// </summary>
public static class DirectThread
{
    private const string Prefix = "dm:";

    public static string For(string senderId) => Prefix + senderId;

    /// <summary>The person a direct thread is with, or null when <paramref name="threadId"/> is no direct thread.</summary>
    public static string? Participant(string? threadId) =>
        threadId != null && threadId.StartsWith(Prefix, StringComparison.Ordinal) && threadId.Length > Prefix.Length ? threadId[Prefix.Length..] : null;
}
