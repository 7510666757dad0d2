namespace SocialCrm.Plugins.Domain.Intake;

/// <summary>The engagement counts of one mention (scrm_likes, scrm_shares, scrm_replies); null when not given.</summary>
public sealed class Engagement
{
    public static readonly Engagement None = new Engagement(null, null, null);

    public Engagement(int? likes, int? shares, int? replies)
    {
        Likes = likes;
        Shares = shares;
        Replies = replies;
    }

    public int? Likes { get; }

    public int? Shares { get; }

    public int? Replies { get; }

    /// <summary>
    /// Likes + shares + replies, missing counts as 0, negative counts (rejected by validation) as 0, saturating at
    /// <see cref="int.MaxValue"/> because the rollup columns are whole numbers.
    /// </summary>
    public int Total
    {
        get
        {
            long total = (long)Positive(Likes) + Positive(Shares) + Positive(Replies);
            return total > int.MaxValue ? int.MaxValue : (int)total;
        }
    }

    private static int Positive(int? count) => count.HasValue && count.Value > 0 ? count.Value : 0;
}
