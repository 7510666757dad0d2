using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application.Replies;
using SocialCrm.Plugins.Domain.Replies;
using SocialCrm.Plugins.Schema;
using Conversation = SocialCrm.Plugins.Schema.ConversationTable;
using Table = SocialCrm.Mentions.MentionTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>
/// The conversations replies go to, with the customer's latest message in each: one query for the conversations, one
/// for their inbound mentions (newest first, the first of each conversation kept).
/// </summary>
public sealed class ReplyTargetStore : IReplyTargetStore
{
    /// <summary>
    /// statecode of an activity whose post is gone: a mention whose post was deleted or hidden on its network is closed
    /// as Canceled. https://learn.microsoft.com/power-apps/developer/data-platform/activityentities#activity-states
    /// </summary>
    private const int CanceledActivityState = 2;

    private readonly IOrganizationService _service;

    public ReplyTargetStore(IOrganizationService service)
    {
        _service = service;
    }

    public IReadOnlyDictionary<Guid, ReplyTarget> Find(IReadOnlyCollection<Guid> conversationIds)
    {
        var targets = new Dictionary<Guid, ReplyTarget>();
        if (conversationIds.Count == 0)
        {
            return targets;
        }

        var ids = conversationIds.Cast<object>().ToArray();
        var conversations = new QueryExpression(Conversation.LogicalName)
        {
            ColumnSet = new ColumnSet(Conversation.PrimaryId, Conversation.Platform, Conversation.ExternalThreadId, Conversation.StateCode),
        };
        conversations.Criteria.AddCondition(Conversation.PrimaryId, ConditionOperator.In, ids);

        var latest = LatestFromCustomer(ids);
        foreach (var row in _service.RetrieveAll(conversations))
        {
            var platform = row.OptionValue(Conversation.Platform);
            if (!platform.HasValue || !Choices.IsPlatform(platform.Value))
            {
                continue;
            }

            latest.TryGetValue(row.Id, out var last);
            targets[row.Id] = new ReplyTarget(
                row.Id,
                (SocialPlatform)platform.Value,
                row.Text(Conversation.ExternalThreadId) ?? string.Empty,
                row.OptionValue(Conversation.StateCode) == (int)ConversationState.Closed,
                last);
        }

        return targets;
    }

    private Dictionary<Guid, CustomerMessage> LatestFromCustomer(object[] conversationIds)
    {
        var query = new QueryExpression(Table.LogicalName)
        {
            ColumnSet = new ColumnSet(Table.Conversation, Table.ExternalPostId, Table.PostedOn, Table.MessageType, Table.AuthorHandle, "statecode"),
        };
        query.Criteria.AddCondition(Table.Conversation, ConditionOperator.In, conversationIds);
        query.Criteria.AddCondition(Table.Direction, ConditionOperator.Equal, (int)MentionDirection.Inbound);
        query.AddOrder(Table.PostedOn, OrderType.Descending);

        var latest = new Dictionary<Guid, CustomerMessage>();
        foreach (var row in _service.RetrieveAll(query))
        {
            var conversationId = row.ReferenceId(Table.Conversation);
            var postId = row.Text(Table.ExternalPostId);
            var postedOn = row.UtcDate(Table.PostedOn);
            if (!conversationId.HasValue || postId == null || !postedOn.HasValue || latest.ContainsKey(conversationId.Value))
            {
                continue;
            }

            latest[conversationId.Value] = new CustomerMessage(
                postId,
                postedOn.Value,
                row.OptionValue(Table.MessageType) == (int)MessageType.PrivateMessage,
                row.OptionValue("statecode") == CanceledActivityState,
                row.Text(Table.AuthorHandle));
        }

        return latest;
    }
}
