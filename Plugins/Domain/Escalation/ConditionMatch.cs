namespace SocialCrm.Plugins.Domain.Escalation;

/// <summary>The conditions of a rule held: what matched, readable, and the keyword found (for the case title).</summary>
public sealed class ConditionMatch
{
    public ConditionMatch(string explanation, string? keyword)
    {
        Explanation = explanation;
        Keyword = keyword;
    }

    /// <summary>"sentiment −0.82 ≤ −0.60 and influence 71 ≥ 60".</summary>
    public string Explanation { get; }

    public string? Keyword { get; }
}
