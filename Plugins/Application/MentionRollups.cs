using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// After a batch of mentions is written: replays them onto the baseline intake handed over (its conversations with their
/// figures before the batch; intake already wrote the figures after it) and lets each inbound mention, in posting
/// order, escalate its conversation, weighing its author's influence after the batch (intake worked it out and handed
/// the profiles over with it). A conversation gets at most one open case: once a case is raised, its later mentions see it. No
/// query; one write per case and per escalated conversation.
/// </summary>
public sealed class MentionRollups
{
    private readonly IConversationStore _conversations;
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;

    public MentionRollups(SocialCrmStores stores, SocialCrmSettings settings, DateTime utcNow)
    {
        _conversations = stores.Conversations;
        _rules = new ActiveEscalationRules(stores.EscalationRules, settings.FallbackCaseAccountId);
        _escalation = new ConversationEscalation(stores, utcNow);
    }

    /// <summary>What the last <see cref="Apply"/> did, for the trace.</summary>
    public string Summary { get; private set; } = string.Empty;

    public void Apply(IReadOnlyList<WrittenMention> mentions, RollupBaseline baseline)
    {
        var profiles = baseline.Profiles;
        var conversations = baseline.Conversations;

        var cases = 0;
        var escalated = 0;
        foreach (var group in ByConversation(mentions, conversations))
        {
            var conversation = conversations[group[0].ConversationId];
            var figures = conversation.Figures;
            var escalation = new ConversationEscalationPass(_rules, _escalation, conversation);
            foreach (var mention in group)
            {
                figures = ConversationRollup.Apply(figures, new[] { mention.Rollup });
                if (!mention.Rollup.IsScored)
                {
                    // Escalation reads sentiment, and a mention that could not be scored has none: it waits for a person.
                    continue;
                }

                // Intake handed each author's profile over with its figures after the batch: its influence is current.
                var author = mention.AuthorProfileId.HasValue && profiles.TryGetValue(mention.AuthorProfileId.Value, out var found) ? found : null;
                escalation.Weigh(mention, author, author?.Figures.InfluenceScore ?? 0, figures.NegativeStreak);
            }

            escalation.Record(_conversations);
            cases += escalation.Cases;
            escalated += escalation.Escalated ? 1 : 0;
        }

        Summary = $"{mentions.Count} mentions rolled up into {profiles.Count} profiles and {conversations.Count} conversations; {escalated} conversations escalated, {cases} cases raised. {_rules.Summary}";
    }

    // Each conversation's mentions, conversations in the order the batch first names them (cases open in that order),
    // each one's mentions in posting order, ties in batch order.
    private static List<List<WrittenMention>> ByConversation(IReadOnlyList<WrittenMention> mentions, IReadOnlyDictionary<Guid, StoredConversation> conversations)
    {
        var groups = new List<List<WrittenMention>>();
        var byId = new Dictionary<Guid, List<WrittenMention>>();
        foreach (var mention in mentions)
        {
            if (!conversations.ContainsKey(mention.ConversationId))
            {
                continue;
            }

            if (!byId.TryGetValue(mention.ConversationId, out var group))
            {
                byId[mention.ConversationId] = group = new List<WrittenMention>();
                groups.Add(group);
            }

            group.Add(mention);
        }

        foreach (var group in groups)
        {
            if (!InPostingOrder(group))
            {
                group.Sort((first, second) => first.Rollup.PostedOn != second.Rollup.PostedOn
                    ? first.Rollup.PostedOn.CompareTo(second.Rollup.PostedOn)
                    : first.Index.CompareTo(second.Index));
            }
        }

        return groups;
    }

    private static bool InPostingOrder(List<WrittenMention> group)
    {
        for (var i = 1; i < group.Count; i++)
        {
            if (group[i].Rollup.PostedOn < group[i - 1].Rollup.PostedOn)
            {
                return false;
            }
        }

        return true;
    }
}
