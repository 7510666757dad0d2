using System;
using System.Collections.Generic;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Rollups;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A batch's mentions meeting the escalation rules at intake, conversation by conversation, before the conversation is
/// written: its mentions in posting order (ties in batch order) replay onto its figures from before the batch, and each
/// scored inbound one is weighed with the conversation's negative streak up to it and its author's influence after the
/// batch, so that the conversation's one write carries its figures and its escalation.
/// </summary>
public sealed class IntakeEscalation
{
    private readonly ActiveEscalationRules _rules;
    private readonly ConversationEscalation _escalation;
    private readonly IReadOnlyList<EscalatingMention> _mentions;
    private readonly IReadOnlyList<RollupMention> _rollups;
    private readonly IReadOnlyList<StoredProfile> _authors;

    /// <param name="mentions">Each mention as the rules weigh it, in batch order.</param>
    /// <param name="rollups">What each mention adds to its conversation's figures, in batch order.</param>
    /// <param name="authors">Each mention's author profile with its figures after the batch, in batch order.</param>
    public IntakeEscalation(ActiveEscalationRules rules, ConversationEscalation escalation, IReadOnlyList<EscalatingMention> mentions,
        IReadOnlyList<RollupMention> rollups, IReadOnlyList<StoredProfile> authors)
    {
        _rules = rules;
        _escalation = escalation;
        _mentions = mentions;
        _rollups = rollups;
        _authors = authors;
    }

    /// <summary>Conversations some mention escalated, so far.</summary>
    public int Escalated { get; private set; }

    /// <summary>Cases opened, so far.</summary>
    public int Cases { get; private set; }

    /// <param name="before">The conversation's figures before the batch (none for a new one).</param>
    /// <param name="contactId">The conversation's contact.</param>
    /// <param name="caseIsOpen">The conversation has an open case already.</param>
    /// <param name="indexes">Its mentions' places in the batch, in batch order.</param>
    /// <param name="after">The conversation's figures after the batch: its mentions added to <paramref name="before"/>.</param>
    public ConversationEscalationPass Weigh(ConversationFigures before, Guid? contactId, bool caseIsOpen, List<int> indexes, out ConversationFigures after)
    {
        var pass = new ConversationEscalationPass(_rules, _escalation, contactId, caseIsOpen);
        var tally = new ConversationTally(before);
        foreach (var index in InPostingOrder(indexes))
        {
            var rollup = _rollups[index];
            tally.Add(rollup);
            if (!rollup.IsScored)
            {
                // Escalation reads sentiment, and a mention that could not be scored has none: it waits for a person.
                continue;
            }

            var author = _authors[index];
            pass.Weigh(_mentions[index], author, author.Figures.InfluenceScore, tally.NegativeStreak);
        }

        after = tally.Figures();
        Escalated += pass.Escalation != null ? 1 : 0;
        Cases += pass.Cases;
        return pass;
    }

    private List<int> InPostingOrder(List<int> indexes)
    {
        for (var i = 1; i < indexes.Count; i++)
        {
            if (_rollups[indexes[i]].PostedOn < _rollups[indexes[i - 1]].PostedOn)
            {
                var sorted = new List<int>(indexes);
                sorted.Sort((first, second) => _rollups[first].PostedOn != _rollups[second].PostedOn
                    ? _rollups[first].PostedOn.CompareTo(_rollups[second].PostedOn)
                    : first.CompareTo(second));
                return sorted;
            }
        }

        return indexes;
    }
}
