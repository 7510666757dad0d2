using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// Decides whether a new mention escalates its conversation: never for an outbound mention, never for a blocked author,
/// never while the conversation has an open case; otherwise the first rule, in order, whose scope covers the mention
/// and whose conditions all hold decides what happens. No rule matching means no escalation.
/// </summary>
public sealed class EscalationRuleSet
{
    private readonly Guid? _fallbackCaseAccountId;

    // Answers that never change for a rule set, made once: most mentions of a batch get one of them.
    private readonly EscalationDecision _outbound = EscalationDecision.No("Outbound mentions never escalate.");
    private readonly EscalationDecision _blocked = EscalationDecision.No("The author's profile is blocked: its mentions never escalate.");
    private readonly EscalationDecision _caseIsOpen = EscalationDecision.No("The conversation already has an open case.");
    private readonly EscalationDecision _noneMatches;

    /// <param name="rules">The active rules, in any order.</param>
    /// <param name="fallbackCaseAccountId">scrm_FallbackCaseAccountId: the customer of a case for a person with no contact.</param>
    public EscalationRuleSet(IEnumerable<EscalationRule> rules, Guid? fallbackCaseAccountId)
    {
        // OrderBy is a stable sort: rules of the same order keep the order they were given in.
        Rules = rules.OrderBy(rule => rule.Order).ToList();
        _fallbackCaseAccountId = fallbackCaseAccountId;
        _noneMatches = EscalationDecision.No($"None of the {Rules.Count} active escalation rules matches.");
    }

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<EscalationRule> Rules { get; }

    public EscalationDecision Decide(EscalationContext context)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (context.Mention.Direction == MentionDirection.Outbound)
        {
            return _outbound;
        }

        if (context.Author.Blocked)
        {
            return _blocked;
        }

        if (context.Conversation.HasOpenCase)
        {
            return _caseIsOpen;
        }

        foreach (var rule in Rules)
        {
            if (rule.Scope.Covers(context.Mention) && rule.Conditions.Match(context) is { } match)
            {
                return Decision(rule, match, context);
            }
        }

        return _noneMatches;
    }

    private EscalationDecision Decision(EscalationRule rule, ConditionMatch match, EscalationContext context)
    {
        // Formatted only when read: a conversation records its last escalation, and only a case that opens quotes its reason.
        var texts = new RuleDecisionTexts(rule, match, context);
        var reason = new DeferredText(texts, static texts => ((RuleDecisionTexts)texts).Reason);
        if (rule.Action.Kind == EscalationAction.RaisePriority)
        {
            return EscalationDecision.RaisePriority(reason, rule.Name, rule.Action.Priority, rule.Id);
        }

        var caseToOpen = new CaseToOpen(
            new DeferredText(texts, static texts => ((RuleDecisionTexts)texts).CaseTitle),
            new DeferredText(texts, static texts => ((RuleDecisionTexts)texts).CaseDescription),
            CaseToOpen.PriorityOf(rule.Action.Priority),
            CaseToOpen.OriginOf(context.Mention.Platform),
            context.Author.ContactId,
            _fallbackCaseAccountId,
            rule.Action.CaseType,
            rule.Action.Routing,
            rule.Action.NoContact,
            rule.Action.NoContact == NoContactAction.CreateContact ? NewContact.From(context.Author.DisplayName, context.Author.Email) : null,
            context.Author.ProfileId);
        return EscalationDecision.OpenCase(reason, rule.Name, rule.Action.Priority, caseToOpen, rule.Id);
    }
}
