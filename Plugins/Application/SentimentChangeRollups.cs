using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Domain.Settings;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// After stored mentions' scores change in place (an author's edit scored again, a text erased with its score by a
/// removal, a score corrected by hand): the author profiles' averages take the old scores out and the new ones in
/// (<see cref="ProfileRollup.Revise"/>), the conversations' moods are replayed from their scored inbound mentions
/// (<see cref="ConversationRollup.Rescore"/>), and each inbound mention that has a new score meets the active escalation
/// rules as it would at intake (<see cref="MentionEscalationContext"/>, <see cref="ConversationEscalation"/>). An update
/// that changes no counted score (the same edit delivered again, a redelivery, a hide) costs nothing: no query, no write.
/// Otherwise three queries for any batch (profiles, conversations, their scored mentions), the rules' one when a mention
/// has a new score; one write per profile and per conversation, one more per escalation.
/// </summary>
public sealed class SentimentChangeRollups
{
    private readonly SocialCrmStores _stores;
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;

    public SentimentChangeRollups(SocialCrmStores stores, SocialCrmSettings settings, DateTime utcNow)
    {
        _stores = stores;
        _rules = new ActiveEscalationRules(stores.EscalationRules, settings.FallbackCaseAccountId);
        _escalation = new ConversationEscalation(stores, utcNow);
    }

    /// <summary>What the last <see cref="Apply"/> did, for the trace.</summary>
    public string Summary { get; private set; } = string.Empty;

    public void Apply(IReadOnlyList<SentimentChange> changes)
    {
        var changed = changes.Where(change => change.Changed).ToList();
        if (changed.Count == 0)
        {
            Summary = $"{changes.Count} updated mentions, no counted score changed: the figures stay.";
            return;
        }

        var profiles = _stores.Profiles.FindByIds(changed.Where(change => change.AuthorProfileId.HasValue).Select(change => change.AuthorProfileId!.Value));
        foreach (var group in changed.Where(change => change.AuthorProfileId.HasValue && profiles.ContainsKey(change.AuthorProfileId.Value))
                     .GroupBy(change => change.AuthorProfileId!.Value))
        {
            var figures = ProfileRollup.Revise(profiles[group.Key].Figures, Scores(group, change => change.Before), Scores(group, change => change.After));
            _stores.Profiles.WriteFigures(group.Key, figures);
        }

        var inbound = changed.Where(change => change.IsInbound && change.ConversationId.HasValue).ToList();
        var conversations = _stores.Conversations.FindByIds(inbound.Select(change => change.ConversationId!.Value));
        var scored = conversations.Count == 0 ? new Dictionary<Guid, List<RollupMention>>() : _stores.Mentions.FindScoredInbound(conversations.Keys);
        var cases = 0;
        foreach (var group in inbound.Where(change => conversations.ContainsKey(change.ConversationId!.Value)).GroupBy(change => change.ConversationId!.Value))
        {
            var conversation = conversations[group.Key];
            var figures = ConversationRollup.Rescore(conversation.Figures, scored.TryGetValue(group.Key, out var mentions) ? mentions : new List<RollupMention>());
            _stores.Conversations.WriteFigures(group.Key, figures, conversation.Figures);
            cases += Escalate(conversation, figures, group, profiles);
        }

        Summary = $"{changed.Count} of {changes.Count} updated mentions changed their counted score: " +
            $"{profiles.Count} profiles and {conversations.Count} conversations follow; {cases} cases raised. {_rules.Summary}";
    }

    // Each mention with a new score, in posting order, weighed as intake weighs a new one, against the
    // conversation's mood now. A score taken away (erased, not scored) gives the rules nothing to read.
    private int Escalate(StoredConversation conversation, ConversationFigures figures, IEnumerable<SentimentChange> changes, IReadOnlyDictionary<Guid, StoredProfile> profiles)
    {
        var escalation = new ConversationEscalationPass(_rules, _escalation, conversation);
        foreach (var mention in changes.Where(change => change.After.HasValue && change.Mention != null).Select(change => change.Mention!)
                     .OrderBy(mention => mention.Rollup.PostedOn).ThenBy(mention => mention.Index))
        {
            var author = mention.AuthorProfileId.HasValue && profiles.TryGetValue(mention.AuthorProfileId.Value, out var found) ? found : null;
            escalation.Weigh(mention, author, author?.Figures.InfluenceScore ?? 0, figures.NegativeStreak);
        }

        escalation.Record(_stores.Conversations, conversation.Id);
        return escalation.Cases;
    }

    private static IEnumerable<double> Scores(IEnumerable<SentimentChange> changes, Func<SentimentChange, double?> score) =>
        changes.Select(score).Where(value => value.HasValue).Select(value => value!.Value);
}
