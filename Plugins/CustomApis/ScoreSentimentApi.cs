using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Domain.Sentiment;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.ScoreSentiment;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_ScoreSentiment: the sentiment intake gives a mention, for any text. The text is normalised as intake normalises
/// a mention's, so the same words score the same here and on a stored mention.
/// </summary>
[CustomApi(Api.Name, "Score Sentiment", "Scores the sentiment of a text.")]
[CustomApiRequestParameter(Api.Text, CustomApiFieldType.String, "Text to score.")]
[CustomApiResponseProperty(Api.Score, CustomApiFieldType.Decimal, "Sentiment from -1 (negative) to 1 (positive).")]
[CustomApiResponseProperty(Api.Label, CustomApiFieldType.String, "positive, neutral or negative.")]
[CustomApiResponseProperty(Api.IsNegative, CustomApiFieldType.Boolean, "Whether the label is negative.")]
public sealed class ScoreSentimentApi : PluginBase
{
    // Built once per plug-in instance and never changed afterwards.
    private readonly SentimentScorer _scorer;

    public ScoreSentimentApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(ScoreSentimentApi))
    {
        _scorer = new SentimentScorer(SentimentLexicon.CreateDefault());
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var text = TextNormalizer.Text(execution.InputParameters.Optional<string>(Api.Text)) ?? string.Empty;
        var result = _scorer.Score(text);
        execution.OutputParameters[Api.Score] = Decimals.Sentiment(result.Score)!.Value;
        execution.OutputParameters[Api.Label] = result.Label.ToString().ToLowerInvariant();
        execution.OutputParameters[Api.IsNegative] = result.Label == SentimentLabel.Negative;
    }
}
