using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Escalation;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// What the escalation rules in force would do with a stored mention, creating and changing nothing
/// (scrm_TestEscalationRules): the mention is weighed with its author's and conversation's current figures.
/// </summary>
public sealed class EscalationRuleTrial
{
    private readonly SocialCrmStores _stores;
    private readonly ActiveEscalationRules _rules;

    public EscalationRuleTrial(SocialCrmStores stores, SocialCrmSettings settings)
    {
        _stores = stores;
        _rules = new ActiveEscalationRules(stores.EscalationRules, settings.FallbackCaseAccountId);
    }

    /// <summary>Which rules were read, for the trace.</summary>
    public string Summary => _rules.Summary;

    /// <exception cref="InvalidPluginExecutionException">The mention has no conversation that exists.</exception>
    public EscalationDecision Try(WrittenMention mention)
    {
        if (!_stores.Conversations.FindByIds(new[] { mention.ConversationId }).TryGetValue(mention.ConversationId, out var conversation))
        {
            throw new InvalidPluginExecutionException($"{ConversationTable.LogicalName} {mention.ConversationId} of the mention does not exist.");
        }

        StoredProfile? author = null;
        if (mention.AuthorProfileId.HasValue)
        {
            _stores.Profiles.FindByIds(new[] { mention.AuthorProfileId.Value }).TryGetValue(mention.AuthorProfileId.Value, out author);
        }

        var context = MentionEscalationContext.Of(mention, author, author?.Figures.InfluenceScore ?? 0, conversation,
            conversation.Figures.NegativeStreak, conversation.CaseIsOpen);
        return _rules.Decide(context);
    }
}
