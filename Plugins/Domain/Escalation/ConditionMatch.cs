namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The conditions of a rule held: what matched, readable, and the keyword found (for the case title).</summary>
public sealed class ConditionMatch
{
    private DeferredText? _explanation;

    // Or the conditions that held and the context they held in, explained when first read: most matches never are.
    private RuleConditions? _conditions;
    private EscalationContext? _context;

    public ConditionMatch(string explanation, string? keyword)
        : this(new DeferredText(explanation), keyword)
    {
    }

    /// <param name="explanation">What matched, written when first read.</param>
    public ConditionMatch(DeferredText explanation, string? keyword)
    {
        _explanation = explanation;
        Keyword = keyword;
    }

    private ConditionMatch(RuleConditions conditions, EscalationContext context, string? keyword)
    {
        _conditions = conditions;
        _context = context;
        Keyword = keyword;
    }

    /// <summary>"sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60".</summary>
    public string Explanation
    {
        get
        {
            if (_explanation == null)
            {
                _explanation = new DeferredText(_conditions!.Explain(_context!));
                _conditions = null;
                _context = null;
            }

            return _explanation.Value;
        }
    }

    public string? Keyword { get; }

    /// <summary>What <paramref name="conditions"/> matched in <paramref name="context"/>, explained when first read.</summary>
    internal static ConditionMatch Of(RuleConditions conditions, EscalationContext context, string? keyword) =>
        new ConditionMatch(conditions, context, keyword);
}
