namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The conditions of a rule held: what matched, readable, and the keyword found (for the case title).</summary>
public sealed class ConditionMatch
{
    private readonly DeferredText _explanation;

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

    /// <summary>"sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60".</summary>
    public string Explanation => _explanation.Value;

    public string? Keyword { get; }
}
