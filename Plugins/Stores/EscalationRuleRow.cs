using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Schema;
using Table = SocialCrm.Plugins.Schema.EscalationRuleTable;

namespace SocialCrm.Plugins.Stores;

/// <summary>A scrm_escalationrule row as an <see cref="EscalationRule"/>: the one reading both evaluation and the save check use.</summary>
public static class EscalationRuleRow
{
    public static readonly string[] Columns =
    {
        Table.PrimaryName, Table.Order, Table.Platforms, Table.MessageTypes, Table.SentimentAtOrBelow, Table.WeighByInfluence,
        Table.SentimentAbove, Table.InfluenceAtOrAbove, Table.FollowersAtOrAbove, Table.VerifiedAuthorOnly, Table.Keywords,
        Table.MatchAllKeywords, Table.NegativeStreakAtLeast, Table.NoReplyWithinHours, Table.Action, Table.Priority, Table.CaseTitle, Table.CaseType,
        Table.Queue, Table.OwnerTeam, Table.NoContact,
    };

    /// <exception cref="InvalidEscalationRuleException">The row cannot work as written; the message names the column.</exception>
    public static EscalationRule Read(Entity row)
    {
        var keywordText = row.Text(Table.Keywords);
        var keywords = EscalationKeywords.Parse(keywordText);
        if (!string.IsNullOrWhiteSpace(keywordText) && keywords.Keywords.Count == 0)
        {
            throw new InvalidEscalationRuleException(Table.Keywords,
                $"{Table.Keywords}: '{keywordText}' holds no keyword, so it can never match; separate words or phrases with ';'.");
        }

        var action = row.OptionValue(Table.Action) ?? (int)EscalationAction.CreateCase;
        if (!Enum.IsDefined(typeof(EscalationAction), action))
        {
            throw new InvalidEscalationRuleException(Table.Action, $"{Table.Action}: {action} is not an escalation action.");
        }

        var priority = row.OptionValue(Table.Priority) ?? (int)ConversationPriority.Normal;
        if (!Enum.IsDefined(typeof(ConversationPriority), priority))
        {
            throw new InvalidEscalationRuleException(Table.Priority, $"{Table.Priority}: {priority} is not a priority.");
        }

        var caseType = row.OptionValue(Table.CaseType);
        if (caseType.HasValue && !Enum.IsDefined(typeof(CaseType), caseType.Value))
        {
            throw new InvalidEscalationRuleException(Table.CaseType, $"{Table.CaseType}: {caseType} is not a case type.");
        }

        var noContact = row.OptionValue(Table.NoContact) ?? (int)NoContactAction.FallbackCustomer;
        if (!Enum.IsDefined(typeof(NoContactAction), noContact))
        {
            throw new InvalidEscalationRuleException(Table.NoContact, $"{Table.NoContact}: {noContact} is not an action for a person with no contact.");
        }

        var conditions = new RuleConditions(
            sentimentAtOrBelow: row.NumberValue(Table.SentimentAtOrBelow),
            weighByInfluence: row.BooleanValue(Table.WeighByInfluence) ?? false,
            sentimentAbove: row.NumberValue(Table.SentimentAbove),
            influenceAtOrAbove: row.WholeNumber(Table.InfluenceAtOrAbove),
            followersAtOrAbove: row.WholeNumber(Table.FollowersAtOrAbove),
            verifiedAuthorOnly: row.BooleanValue(Table.VerifiedAuthorOnly) ?? false,
            keywords: keywords,
            matchAllKeywords: row.BooleanValue(Table.MatchAllKeywords) ?? false,
            negativeStreakAtLeast: row.WholeNumber(Table.NegativeStreakAtLeast),
            noReplyWithinHours: row.WholeNumber(Table.NoReplyWithinHours));
        if (conditions.SentimentAtOrBelow.HasValue && conditions.SentimentAbove.HasValue
            && conditions.SentimentAbove.Value >= conditions.SentimentAtOrBelow.Value && !conditions.WeighByInfluence)
        {
            throw new InvalidEscalationRuleException(Table.SentimentAbove,
                $"{Table.SentimentAbove}: no score is above {conditions.SentimentAbove.Value} and at or below {conditions.SentimentAtOrBelow.Value} at once, so the rule can never match.");
        }

        return new EscalationRule(
            row.Text(Table.PrimaryName) ?? string.Empty,
            row.WholeNumber(Table.Order) ?? 0,
            RuleScope.Parse(row.Text(Table.Platforms), row.Text(Table.MessageTypes)),
            conditions,
            new RuleAction((EscalationAction)action, (ConversationPriority)priority, CaseTitleTemplate.Parse(row.Text(Table.CaseTitle)),
                (CaseType?)caseType, new CaseRouting(row.ReferenceId(Table.Queue), row.ReferenceId(Table.OwnerTeam)),
                (NoContactAction)noContact),
            row.Id == Guid.Empty ? null : row.Id);
    }
}
