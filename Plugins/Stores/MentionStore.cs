using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>scrm_mention: finds stored posts of a batch's threads, with their conversations, in one query.</summary>
public sealed class MentionStore : IMentionStore
{
    private const string ConversationAlias = "conversation";

    private readonly IOrganizationService _service;

    public MentionStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>
    /// Stored mentions with these post keys (platform + external post id), each with the conversation it is regarding,
    /// in one query that joins the conversation.
    /// </summary>
    public List<KnownMention> FindByPostKeys(IEnumerable<ThreadKey> keys)
    {
        var wanted = new HashSet<ThreadKey>(keys);
        if (wanted.Count == 0)
        {
            return new List<KnownMention>();
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.Platform, Table.ExternalPostId) };
        query.Criteria.AddKeyConditions(wanted, Table.Platform, key => key.Platform, Table.ExternalPostId, key => key.Id);
        var conversation = query.AddLink(Conversation.LogicalName, Table.Conversation, Conversation.PrimaryId, JoinOperator.LeftOuter);
        conversation.EntityAlias = ConversationAlias;
        conversation.Columns = new ColumnSet(Conversation.PrimaryId, Conversation.Platform, Conversation.ExternalThreadId, Conversation.StateCode, Conversation.ClosedOn);

        var found = new List<KnownMention>();
        foreach (var row in _service.RetrieveAll(query))
        {
            var platform = row.OptionValue(Table.Platform);
            var postId = row.Text(Table.ExternalPostId);
            if (!platform.HasValue || !Choices.IsPlatform(platform.Value) || postId == null)
            {
                continue;
            }

            var mention = new KnownMention((SocialPlatform)platform.Value, postId, KnownConversationOf(row));
            if (wanted.Contains(mention.PostKey))
            {
                found.Add(mention);
            }
        }

        return found;
    }

    /// <summary>The full text of the conversation's latest mention (by posting time); null when it has none.</summary>
    public string? LatestText(Guid conversationId)
    {
        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.Description), TopCount = 1 };
        query.Criteria.AddCondition(Table.Conversation, ConditionOperator.Equal, conversationId);
        query.AddOrder(Table.PostedOn, OrderType.Descending);
        query.AddOrder("createdon", OrderType.Descending);
        return _service.RetrieveMultiple(query).Entities.Select(row => row.Text(Table.Description)).FirstOrDefault();
    }

    /// <summary>
    /// The inbound mentions of these conversations whose score counts (<see cref="CountedSentiment"/>), by conversation,
    /// in posting order and, for a tie, the order they were stored in: one query for the batch.
    /// </summary>
    public Dictionary<Guid, List<RollupMention>> FindScoredInbound(IEnumerable<Guid> conversationIds)
    {
        var found = new Dictionary<Guid, List<RollupMention>>();
        var wanted = conversationIds.Distinct().Select(id => (object)id).ToArray();
        if (wanted.Length == 0)
        {
            return found;
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.Conversation, Table.PostedOn, Table.SentimentScore, Table.SentimentLabel) };
        query.Criteria.AddCondition(Table.Conversation, ConditionOperator.In, wanted);
        query.Criteria.AddCondition(Table.Direction, ConditionOperator.Equal, (int)MentionDirection.Inbound);
        query.Criteria.AddCondition(Table.SentimentScore, ConditionOperator.NotNull);
        query.AddOrder(Table.PostedOn, OrderType.Ascending);
        query.AddOrder("createdon", OrderType.Ascending);
        foreach (var row in _service.RetrieveAll(query))
        {
            var score = CountedSentiment.Of(row);
            if (row.ReferenceId(Table.Conversation) is not Guid conversation || !score.HasValue || row.UtcDate(Table.PostedOn) is not DateTime postedOn)
            {
                continue;
            }

            if (!found.TryGetValue(conversation, out var mentions))
            {
                found[conversation] = mentions = new List<RollupMention>();
            }

            var label = (SentimentLabel)row.OptionValue(Table.SentimentLabel)!.Value;
            mentions.Add(new RollupMention(Math.Max(-1, Math.Min(1, score.Value)), label, MentionDirection.Inbound, postedOn));
        }

        return found;
    }

    public Dictionary<Guid, WrittenMention> LatestInbound(ICollection<Guid> conversationIds, DateTime postedOnOrAfter)
    {
        var latest = new Dictionary<Guid, WrittenMention>();
        if (conversationIds.Count == 0)
        {
            return latest;
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(WrittenMention.Columns) };
        query.Criteria.AddCondition(Table.Conversation, ConditionOperator.In, conversationIds.Cast<object>().ToArray());
        query.Criteria.AddCondition(Table.Direction, ConditionOperator.Equal, (int)MentionDirection.Inbound);
        query.Criteria.AddCondition(Table.PostedOn, ConditionOperator.GreaterEqual, postedOnOrAfter);
        query.AddOrder(Table.PostedOn, OrderType.Descending);
        query.AddOrder("createdon", OrderType.Descending);
        foreach (var row in _service.RetrieveAll(query))
        {
            if (WrittenMention.From(0, row) is { } mention && !latest.ContainsKey(mention.ConversationId))
            {
                latest[mention.ConversationId] = mention;
            }
        }

        return latest;
    }

    private static KnownConversation? KnownConversationOf(Entity row)
    {
        var id = row.Attributes.TryGetValue(ConversationAlias + "." + Conversation.PrimaryId, out var value) && value is AliasedValue aliased && aliased.Value is Guid guid
            ? guid
            : (Guid?)null;
        var platform = row.OptionValue(ConversationAlias + "." + Conversation.Platform);
        var threadId = row.Text(ConversationAlias + "." + Conversation.ExternalThreadId);
        if (!id.HasValue || !platform.HasValue || !Choices.IsPlatform(platform.Value) || threadId == null)
        {
            return null;
        }

        var state = row.OptionValue(ConversationAlias + "." + Conversation.StateCode) == (int)ConversationState.Closed
            ? ConversationState.Closed
            : ConversationState.Open;
        return new KnownConversation(id.Value, (SocialPlatform)platform.Value, threadId, state, row.UtcDate(ConversationAlias + "." + Conversation.ClosedOn));
    }
}
