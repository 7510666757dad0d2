using System;

namespace SocialCrm.Plugins.Domain.Rollups;

/// <summary>
/// How far an author's words carry, 0..100, from reach (followers), standing (verified) and resonance (engagement):
/// <code>
/// influence = 60 * min(1, log10(followers + 1) / 7)
///           + 15 * (verified ? 1 : 0)
///           + 25 * min(1, log10(engagement + 1) / 5)
/// </code>
/// rounded to the nearest whole number and clamped to 0..100. Log scales because each tenfold step in reach matters
/// about as much as the last: followers saturate at 10 million, engagement at 100 000. Negative inputs count as 0.
/// The score never decreases when any input grows.
/// </summary>
public static class InfluenceScore
{
    public const double FollowersWeight = 60;
    public const double VerifiedWeight = 15;
    public const double EngagementWeight = 25;
    public const double FollowersSaturationDecades = 7;
    public const double EngagementSaturationDecades = 5;

    public static int Compute(long followers, bool verified, long engagement)
    {
        var reach = FollowersWeight * Saturating(followers, FollowersSaturationDecades);
        var standing = verified ? VerifiedWeight : 0;
        var resonance = EngagementWeight * Saturating(engagement, EngagementSaturationDecades);
        var score = Math.Round(reach + standing + resonance, MidpointRounding.AwayFromZero);
        return (int)Math.Max(0, Math.Min(100, score));
    }

    private static double Saturating(long count, double decades) =>
        count <= 0 ? 0 : Math.Min(1, Math.Log10(count + 1.0) / decades);
}
