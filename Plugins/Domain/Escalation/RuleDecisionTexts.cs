using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>
/// The texts of a rule's decision for one mention (the reason, the case's title and description), made when first
/// read from what the decision already holds: one object for them all instead of a closure and a delegate for each.
/// </summary>
internal sealed class RuleDecisionTexts
{
    private readonly EscalationRule _rule;
    private readonly ConditionMatch _match;
    private readonly EscalationContext _context;
    private string? _why;

    public RuleDecisionTexts(EscalationRule rule, ConditionMatch match, EscalationContext context)
    {
        _rule = rule;
        _match = match;
        _context = context;
    }

    /// <summary>scrm_escalationreason: the rule and what matched, within the column's length.</summary>
    public string Reason => Ellipsis.Fit(Why, ConversationTable.EscalationReasonLength);

    public string CaseTitle => _rule.Action.CaseTitle.Render(_context, _match.Keyword);

    // The post's address comes before its text so that cutting a long text to the column's length never loses it.
    public string CaseDescription
    {
        get
        {
            var url = TextNormalizer.Line(_context.Mention.PostUrl);
            var source = url == null ? string.Empty : $" ({url})";
            var author = CaseTitleTemplate.AuthorOf(_context.Author);
            var mention = $"{author} wrote on {_context.Mention.Platform}{source}:\n{TextNormalizer.Text(_context.Mention.Text) ?? "(no text)"}";
            return Ellipsis.Fit(Why + "\n\n" + mention, StandardTables.Incident.DescriptionLength);
        }
    }

    private string Why => _why ??= $"Rule \"{_rule.Name}\": {_match.Explanation}.";
}
