using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests;

/// <summary>Mentions as the integration worker writes them: the post and its author as the network gave them.</summary>
public static class WorkerMentions
{
    public static Entity Inbound(string postId, string authorId, string text, string? inReplyTo = null, string? email = null)
    {
        var mention = new Entity(MentionTable.LogicalName)
        {
            [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
            [MentionTable.ExternalPostId] = postId,
            [MentionTable.Description] = text,
            [MentionTable.Direction] = new OptionSetValue((int)MentionDirection.Inbound),
            [MentionTable.AuthorExternalId] = authorId,
            [MentionTable.AuthorHandle] = "@" + authorId,
            [MentionTable.PostedOn] = DateTime.UtcNow.AddMinutes(-1),
        };
        if (inReplyTo != null)
        {
            mention[MentionTable.InReplyToId] = inReplyTo;
        }
        if (email != null)
        {
            mention[MentionTable.AuthorEmail] = email;
        }
        return mention;
    }
}
