using BenchmarkDotNet.Attributes;
using SocialCrm.Plugins.Domain.Sentiment;

namespace SocialCrm.Benchmarks;

/// <summary>
/// Cost of scoring one mention, against the cheapest pass any scorer must make over the text (lower-casing it), so the
/// ratio column stays comparable across noisy machines.
/// </summary>
[MemoryDiagnoser]
public class SentimentScoringBenchmarks
{
    private const string Complaint = "Worst delivery ever!! Two weeks late and support never answered 😡 not happy at all";
    private const string Review =
        "Ordered the new headphones last month. Setup was easy and the sound is honestly great, but the app keeps " +
        "crashing when I change the equaliser and support took four days to reply. Kind of disappointed, though the " +
        "refund for the broken case came quickly :) Would I buy again? Probably, if they fix the app. 7/10 overall, " +
        "the battery life is amazing and the fit is sooo comfortable!";

    private const string SocialPost =
        "lmaooo this album is the shit 😂😂 can't stop laughing #bestdayever @mike_b https://t.co/Qm3bX8";

    private const string OtherLanguage = "Der Zug hat schon wieder Verspätung, ich bin so genervt";

    private SentimentScorer _scorer = null!;

    [GlobalSetup]
    public void BuildScorer() => _scorer = new SentimentScorer(SentimentLexicon.CreateDefault());

    [Benchmark(Baseline = true)]
    public string LowerCaseReviewBaseline() => Review.ToLowerInvariant();

    [Benchmark]
    public SentimentResult ScoreComplaint() => _scorer.Score(Complaint);

    [Benchmark]
    public SentimentResult ScoreReview() => _scorer.Score(Review);

    [Benchmark]
    public SentimentResult ScoreSocialPostWithHashtagAndEmoji() => _scorer.Score(SocialPost);

    [Benchmark]
    public SentimentResult LeaveOtherLanguageUnscored() => _scorer.Score(OtherLanguage);

    [Benchmark]
    public SentimentLexicon BuildLexicon() => SentimentLexicon.CreateDefault();
}
