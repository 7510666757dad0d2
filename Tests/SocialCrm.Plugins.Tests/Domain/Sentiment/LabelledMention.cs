using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Sentiment;

/// <summary>One hand-labelled text of LabelledMentions.tsv, with its row index (0-based, data rows only).</summary>
public sealed record LabelledMention(int Index, SentimentLabel Label, string Text)
{
    /// <summary>Rows 2, 5 and 8 of every ten: the 30 % kept out of sight while the rules were tuned.</summary>
    public bool HeldOut => Index % 10 is 2 or 5 or 8;
}
