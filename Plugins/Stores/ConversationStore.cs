using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Threading;
using SocialCrm.Plugins.Schema;
using Incident = SocialCrm.Plugins.Schema.StandardTables.Incident;
using Table = SocialCrm.Plugins.Schema.ConversationTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>scrm_conversation: finds a batch's threads in one query and writes one row per changed conversation.</summary>
public sealed class ConversationStore : IConversationStore
{
    private const string CaseAlias = "case";
    private const int ActiveCase = 0;

    // The case's state as the query's link returns it: aliased column names.
    private const string CaseState = CaseAlias + "." + Incident.StateCode;

    // A new array per query: a static array could be changed by anyone holding it, and plug-ins keep no mutable statics.
    private static string[] Columns() => new[]
    {
        Table.PrimaryName, Table.Platform, Table.ExternalThreadId, Table.OriginatingProfile, Table.Contact, Table.StateCode,
        Table.StatusCode, Table.MentionCount, Table.InboundMentionCount, Table.FirstMentionOn, Table.LastMentionOn,
        Table.LastInboundOn, Table.LastOutboundOn, Table.FirstResponseOn, Table.AverageSentiment, Table.LastSentiment, Table.SentimentTrend,
        Table.NegativeStreak, Table.Case, Table.ClosedOn,
    };

    private readonly IOrganizationService _service;
    private readonly RowColumns _columns = new RowColumns();

    public ConversationStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Conversations holding these thread keys (platform + external thread id), with their figures, in one query.</summary>
    public List<StoredConversation> FindByThreadKeys(IEnumerable<ThreadKey> keys)
    {
        var wanted = new HashSet<ThreadKey>(keys);
        if (wanted.Count == 0)
        {
            return new List<StoredConversation>();
        }

        var query = Query();
        query.Criteria.AddKeyConditions(wanted, Table.Platform, key => key.Platform, Table.ExternalThreadId, key => key.Id);
        var rows = _service.RetrieveAll(query);
        var found = new List<StoredConversation>(rows.Count);
        foreach (var row in rows)
        {
            // The two In lists also match crossed pairs, and the collation other cases of an id: keep the asked keys.
            if (Map(row) is { } conversation && wanted.Contains(new ThreadKey(conversation.Platform, conversation.ExternalThreadId)))
            {
                found.Add(conversation);
            }
        }

        return found;
    }

    /// <summary>Conversations by id with their figures and the state of their case, in one query.</summary>
    public Dictionary<Guid, StoredConversation> FindByIds(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().Select(id => (object)id).ToArray();
        if (wanted.Length == 0)
        {
            return new Dictionary<Guid, StoredConversation>();
        }

        var query = Query();
        query.Criteria.AddCondition(Table.PrimaryId, ConditionOperator.In, wanted);
        return ToDictionary(_service.RetrieveAll(query));
    }

    /// <summary>The open conversations these profiles started, in one query.</summary>
    public List<StoredConversation> FindOpenByOriginatingProfiles(IEnumerable<Guid> profileIds)
    {
        var wanted = profileIds.Distinct().Select(id => (object)id).ToArray();
        if (wanted.Length == 0)
        {
            return new List<StoredConversation>();
        }

        var query = Query();
        query.Criteria.AddCondition(Table.OriginatingProfile, ConditionOperator.In, wanted);
        query.Criteria.AddCondition(Table.StateCode, ConditionOperator.Equal, (int)ConversationState.Open);
        return ToDictionary(_service.RetrieveAll(query)).Values.ToList();
    }

    /// <summary>Open conversations whose customer wrote last at or before the cutoff, with when they last escalated, in one query.</summary>
    public List<WaitingConversation> FindAwaitingReply(DateTime lastInboundAtOrBefore)
    {
        var query = Query();
        query.ColumnSet.AddColumn(Table.EscalatedOn);
        query.Criteria.AddCondition(Table.StateCode, ConditionOperator.Equal, (int)ConversationState.Open);
        query.Criteria.AddCondition(Table.LastInboundOn, ConditionOperator.LessEqual, lastInboundAtOrBefore);
        var waiting = new List<WaitingConversation>();
        foreach (var row in _service.RetrieveAll(query))
        {
            if (Map(row) is { } conversation)
            {
                waiting.Add(new WaitingConversation(conversation, row.UtcDate(Table.EscalatedOn)));
            }
        }

        return waiting;
    }

    /// <summary>Creates a conversation threading started, open, with the figures of its first mentions and their escalation.</summary>
    public Guid Create(NewConversation conversation, Guid originatingProfileId, Guid? contactId, ConversationFigures figures, EscalationRecord? escalation = null)
    {
        _columns.Set(Table.PrimaryName, conversation.Title);
        _columns.Set(Table.Platform, new OptionSetValue((int)conversation.Platform));
        _columns.Set(Table.ExternalThreadId, conversation.ExternalThreadId);
        _columns.Set(Table.OriginatingProfile, new EntityReference(SocialProfileTable.LogicalName, originatingProfileId));

        // A new row's priority is Normal unless its escalation raised it.
        _columns.Set(Table.Priority, new OptionSetValue((int)(escalation?.Priority ?? ConversationPriority.Normal)));
        Write(figures, stored: null);
        if (contactId.HasValue)
        {
            _columns.Set(Table.Contact, new EntityReference(StandardTables.Contact.LogicalName, contactId.Value));
        }

        if (conversation.Previous != null)
        {
            _columns.Set(Table.PreviousConversation, new EntityReference(Table.LogicalName, conversation.Previous.Id));
        }

        Write(escalation, withPriority: false);
        return _service.Create(_columns.NewRow(Table.LogicalName));
    }

    /// <summary>
    /// Moves a closed conversation off its thread's key, so the new conversation of the same thread can hold it
    /// (the alternate key allows one conversation per thread).
    /// </summary>
    public void Retire(KnownConversation previous, string retiredThreadId) =>
        _service.Update(new Entity(Table.LogicalName, previous.Id) { [Table.ExternalThreadId] = retiredThreadId });

    /// <summary>Reopens a closed conversation: open, no longer closed on any date, with its new figures.</summary>
    public void Reopen(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null)
    {
        _columns.Set(Table.StateCode, new OptionSetValue((int)ConversationState.Open));
        _columns.Set(Table.ClosedOn, null);
        Write(figures, stored);
        Write(escalation);
        _service.Update(_columns.Row(Table.LogicalName, id));
    }

    /// <summary>Writes the figures after new mentions, and the escalation they led to when there is one.</summary>
    public void WriteFigures(Guid id, ConversationFigures figures, ConversationFigures stored, EscalationRecord? escalation = null)
    {
        Write(figures, stored);
        Write(escalation);
        _service.Update(_columns.Row(Table.LogicalName, id));
    }

    /// <summary>Records an escalation: after a batch's rollups, or a manual one through the Custom API.</summary>
    public void WriteEscalation(Guid id, EscalationRecord escalation)
    {
        Write(escalation);
        _service.Update(_columns.Row(Table.LogicalName, id));
    }

    public void AddToQueue(Guid id, Guid queueId) => _service.AddToQueue(new EntityReference(Table.LogicalName, id), queueId);

    public void MoveToContact(Guid id, Guid contactId) =>
        _service.Update(new Entity(Table.LogicalName, id)
        {
            [Table.Contact] = new EntityReference(StandardTables.Contact.LogicalName, contactId),
        });

    // The figures a row carries. A new row (stored null) gets those with a value: its columns start empty, and none of
    // them has a default. A stored row always gets its counts, trend and status, and the times and sentiment that differ
    // from what it holds: those read back exactly as stored, so an equal value is the stored one and writing it changes
    // nothing (the response time follows the two times it is worked out from).
    private void Write(ConversationFigures figures, ConversationFigures? stored)
    {
        _columns.Set(Table.MentionCount, _columns.Boxed(figures.MentionCount));
        _columns.Set(Table.InboundMentionCount, _columns.Boxed(figures.InboundMentionCount));
        SetFigure(Table.FirstMentionOn, figures.FirstMentionOn, stored, stored?.FirstMentionOn != figures.FirstMentionOn);
        SetFigure(Table.LastMentionOn, figures.LastMentionOn, stored, stored?.LastMentionOn != figures.LastMentionOn);
        SetFigure(Table.LastInboundOn, figures.LastInboundOn, stored, stored?.LastInboundOn != figures.LastInboundOn);
        SetFigure(Table.LastOutboundOn, figures.LastOutboundOn, stored, stored?.LastOutboundOn != figures.LastOutboundOn);
        SetFigure(Table.FirstResponseOn, figures.FirstResponseOn, stored, stored?.FirstResponseOn != figures.FirstResponseOn);
        SetFigure(Table.FirstResponseMinutes, _columns.Boxed(figures.Times.FirstResponseMinutes), stored,
            stored?.FirstResponseOn != figures.FirstResponseOn || stored?.FirstMentionOn != figures.FirstMentionOn);
        var average = Decimals.Sentiment(figures.AverageSentiment);
        SetFigure(Table.AverageSentiment, average, stored, Decimals.Sentiment(stored?.AverageSentiment) != average);
        var last = Decimals.Sentiment(figures.LastSentiment);
        SetFigure(Table.LastSentiment, last, stored, Decimals.Sentiment(stored?.LastSentiment) != last);
        var trend = figures.Trend.HasValue ? new OptionSetValue((int)figures.Trend.Value) : null;
        SetFigure(Table.SentimentTrend, trend, stored, changed: true);
        _columns.Set(Table.NegativeStreak, _columns.Boxed(figures.NegativeStreak));
        _columns.Set(Table.StatusCode, new OptionSetValue((int)figures.Status));
    }

    private void SetFigure(string column, object? value, ConversationFigures? stored, bool changed)
    {
        if (stored == null ? value != null : changed)
        {
            _columns.Set(column, value);
        }
    }

    // An escalation's columns, none without one; its priority, when it sets one and the caller has not written it already.
    private void Write(EscalationRecord? escalation, bool withPriority = true)
    {
        if (escalation == null)
        {
            return;
        }

        _columns.Set(Table.EscalatedOn, escalation.EscalatedOn);
        _columns.Set(Table.EscalationReason, Ellipsis.Fit(escalation.Reason, Table.EscalationReasonLength));
        if (escalation.CaseId.HasValue)
        {
            _columns.Set(Table.Case, new EntityReference(Incident.LogicalName, escalation.CaseId.Value));
        }

        _columns.Set(Table.EscalationOutcome, new OptionSetValue((int)escalation.Outcome));
        if (escalation.RuleId.HasValue)
        {
            _columns.Set(Table.EscalationRule, new EntityReference(EscalationRuleTable.LogicalName, escalation.RuleId.Value));
        }

        if (withPriority && escalation.Priority.HasValue)
        {
            _columns.Set(Table.Priority, new OptionSetValue((int)escalation.Priority.Value));
        }
    }

    private static QueryExpression Query()
    {
        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Columns()) };
        var incident = query.AddLink(Incident.LogicalName, Table.Case, Incident.PrimaryId, JoinOperator.LeftOuter);
        incident.EntityAlias = CaseAlias;
        incident.Columns = new ColumnSet(Incident.StateCode);
        return query;
    }

    private static Dictionary<Guid, StoredConversation> ToDictionary(List<Entity> rows)
    {
        var conversations = new Dictionary<Guid, StoredConversation>(rows.Count);
        foreach (var row in rows)
        {
            if (Map(row) is { } conversation)
            {
                conversations.Add(conversation.Id, conversation);
            }
        }

        return conversations;
    }

    /// <summary>The conversation of a row read with <see cref="Query"/>; null without a known key.</summary>
    public static StoredConversation? Map(Entity row)
    {
        var platform = row.OptionValue(Table.Platform);
        var threadId = row.Text(Table.ExternalThreadId);
        if (!platform.HasValue || !Choices.IsPlatform(platform.Value) || threadId == null)
        {
            return null;
        }

        var state = row.OptionValue(Table.StateCode) == (int)ConversationState.Closed ? ConversationState.Closed : ConversationState.Open;
        var status = row.OptionValue(Table.StatusCode);
        var trend = row.OptionValue(Table.SentimentTrend);
        var figures = new ConversationFigures(
            new ConversationCounts(row.WholeNumber(Table.MentionCount) ?? 0, row.WholeNumber(Table.InboundMentionCount) ?? 0),
            new ConversationTimes(
                row.UtcDate(Table.FirstMentionOn), row.UtcDate(Table.LastMentionOn), row.UtcDate(Table.LastInboundOn), row.UtcDate(Table.LastOutboundOn),
                row.UtcDate(Table.FirstResponseOn)),
            new ConversationMood(
                row.NumberValue(Table.AverageSentiment),
                row.NumberValue(Table.LastSentiment),
                trend.HasValue && ChoiceOptions.IsSentimentTrend(trend.Value) ? (SentimentTrend)trend.Value : (SentimentTrend?)null,
                row.WholeNumber(Table.NegativeStreak) ?? 0),
            state,
            status.HasValue && ChoiceOptions.IsConversationStatus(status.Value) ? (ConversationStatus)status.Value : ConversationStatus.New);
        var caseId = row.ReferenceId(Table.Case);
        return new StoredConversation(
            row.Id,
            (SocialPlatform)platform.Value,
            threadId,
            row.Text(Table.PrimaryName),
            row.ReferenceId(Table.OriginatingProfile),
            row.ReferenceId(Table.Contact),
            figures,
            row.UtcDate(Table.ClosedOn),
            caseId,
            caseId.HasValue && row.OptionValue(CaseState) == ActiveCase);
    }
}
