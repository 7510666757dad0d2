using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Score Sentiment: text -> score, label, is negative, through scrm_ScoreSentiment.</summary>
public static class ScoreSentimentCall
{
    public const string Step = "Score Sentiment";

    public static OrganizationRequest BuildRequest(string? text) =>
        new OrganizationRequest(CustomApis.ScoreSentiment.Name) { [CustomApis.ScoreSentiment.Text] = CustomApiArguments.RequireText(Step, CustomApis.ScoreSentiment.Text, text) };

    public static ScoreSentimentOutputs ReadResponse(OrganizationResponse response) =>
        new ScoreSentimentOutputs(
            CustomApiArguments.RequireOutput<decimal>(Step, response, CustomApis.ScoreSentiment.Score),
            CustomApiArguments.RequireOutput<string>(Step, response, CustomApis.ScoreSentiment.Label),
            CustomApiArguments.RequireOutput<bool>(Step, response, CustomApis.ScoreSentiment.IsNegative));
}

public sealed class ScoreSentimentOutputs
{
    public ScoreSentimentOutputs(decimal score, string label, bool isNegative)
    {
        Score = score;
        Label = label;
        IsNegative = isNegative;
    }

    public decimal Score { get; }

    public string Label { get; }

    public bool IsNegative { get; }
}
