using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// After a batch of mentions is written: replays them onto the baseline intake handed over (its profiles and
/// conversations with their figures before the batch; intake already wrote the figures after it), profiles first so
/// escalation weighs the author's current influence, and lets each inbound mention, in posting order, escalate its
/// conversation. A conversation gets at most one open case: once a case is raised, its later mentions see it. No
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

        var influence = new Dictionary<Guid, int>();
        foreach (var group in mentions.Where(mention => mention.AuthorProfileId.HasValue && profiles.ContainsKey(mention.AuthorProfileId.Value))
                     .GroupBy(mention => mention.AuthorProfileId!.Value))
        {
            var profile = profiles[group.Key];
            var figures = ProfileRollup.Apply(profile.Figures, profile.Identity.Followers, profile.Identity.Verified, group.Select(mention => mention.Rollup));
            influence[group.Key] = figures.InfluenceScore;
        }

        var cases = 0;
        foreach (var group in mentions.Where(mention => conversations.ContainsKey(mention.ConversationId)).GroupBy(mention => mention.ConversationId))
        {
            var conversation = conversations[group.Key];
            var figures = conversation.Figures;
            var escalation = new ConversationEscalationPass(_rules, _escalation, conversation);
            foreach (var mention in group.OrderBy(mention => mention.Rollup.PostedOn).ThenBy(mention => mention.Index))
            {
                figures = ConversationRollup.Apply(figures, new[] { mention.Rollup });
                if (!mention.Rollup.IsScored)
                {
                    // Escalation reads sentiment, and a mention that could not be scored has none: it waits for a person.
                    continue;
                }

                var author = mention.AuthorProfileId.HasValue && profiles.TryGetValue(mention.AuthorProfileId.Value, out var found) ? found : null;
                var authorInfluence = author != null && influence.TryGetValue(author.Id, out var score) ? score : 0;
                escalation.Weigh(mention, author, authorInfluence, figures.NegativeStreak);
            }

            escalation.Record(_conversations);
            cases += escalation.Cases;
        }

        Summary = $"{mentions.Count} mentions rolled up into {influence.Count} profiles and {conversations.Count} conversations; {cases} cases raised. {_rules.Summary}";
    }
}
