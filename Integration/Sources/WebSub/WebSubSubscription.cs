using System;

namespace SocialCrm.Integration.Sources.WebSub;

/// <summary>
/// One topic as the worker keeps it: the callback key that names it in the callback's path, the hub.secret the hub
/// signs its notifications with, what the worker last asked the hub for ("subscribe" or "unsubscribe"), and when the
/// lease the hub granted ends (null until the hub verified it).
/// </summary>
public sealed record WebSubSubscription(Uri Topic, string Key, string Secret, string Mode, DateTimeOffset? ExpiresOn)
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
}
