using System;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>One state of a feed as its server sends it: the Atom document and its validators.</summary>
public sealed record FeedVersion(string Atom, string ETag, DateTimeOffset LastModified);
