using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Replies;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application.Replies;

/// <summary>
/// Decides a batch of replies composed in Dataverse before they are written: each is checked against
/// <see cref="ReplyRules"/> with its conversation as it stands, and a refused reply rejects the batch with the reason,
/// before anything is written or sent. Two queries for any batch size.
/// </summary>
public sealed class ReplyComposition
{
    private readonly IReplyTargetStore _targets;
    private readonly DateTime _utcNow;

    public ReplyComposition(IReplyTargetStore targets, DateTime utcNow)
    {
        _targets = targets;
        _utcNow = utcNow;
    }

    /// <summary>Each reply's decision, in batch order, with the conversation it goes to.</summary>
    /// <exception cref="InvalidPluginExecutionException">A reply is refused; nothing of the batch is written.</exception>
    public IReadOnlyList<DecidedReply> Decide(IReadOnlyList<ComposedReply> replies)
    {
        var found = _targets.Find(replies.Where(reply => reply.ConversationId.HasValue).Select(reply => reply.ConversationId!.Value).Distinct().ToList());
        var problems = new List<MentionProblem>();
        var decided = new List<DecidedReply>();
        for (var index = 0; index < replies.Count; index++)
        {
            var reply = replies[index];
            var refusal = Missing(reply, found, out var target);
            var decision = refusal == null ? ReplyRules.Decide(reply.Text, reply.WantsPrivate, target!, _utcNow) : ReplyDecision.Refuse(refusal);
            if (decision.IsAccepted)
            {
                decided.Add(new DecidedReply(target!, decision));
            }
            else
            {
                problems.Add(new MentionProblem(index, "reply", decision.Refusal!));
            }
        }

        if (problems.Count > 0)
        {
            throw IntakeRejection.For(replies.Count, problems);
        }

        return decided;
    }

    private static string? Missing(ComposedReply reply, IReadOnlyDictionary<Guid, ReplyTarget> found, out ReplyTarget? target)
    {
        target = null;
        if (!reply.ConversationId.HasValue)
        {
            return $"{MentionTable.Conversation} is required for a reply: a reply is posted in a conversation.";
        }

        return found.TryGetValue(reply.ConversationId.Value, out target)
            ? null
            : $"{MentionTable.Conversation} {reply.ConversationId.Value} is not a {ConversationTable.LogicalName} that exists.";
    }
}
