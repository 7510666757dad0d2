using System;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>
/// A reply the network accepted whose Sent update Dataverse kept refusing: the worker will neither post it again nor
/// send Dataverse the refused update again. <paramref name="Refusal"/> is Dataverse's status, code and message.
/// </summary>
public sealed record UnrecordedReply(Guid ReplyId, SocialPlatform Platform, PostedReply Posted, string Refusal, DateTimeOffset Since)
{
    /// <summary>"on X as 123 (url), but Dataverse refused to record it: …", the words the reply row and `status` share.</summary>
    public string WhatHappened =>
        $"on {Platform} as {Posted.PostId}{(Posted.Url is { } url ? $" ({url})" : "")}, but Dataverse refused to record it: {Refusal}";
}
