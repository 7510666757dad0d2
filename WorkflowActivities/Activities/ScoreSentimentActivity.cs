using System.ComponentModel;
using System.Activities;
using Microsoft.Xrm.Sdk.Workflow;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Score Sentiment: calls scrm_ScoreSentiment.</summary>
[DisplayName("Score Sentiment")]
[Description("Scores the sentiment of a text (scrm_ScoreSentiment).")]
[Category(ActivityGroup.Name)]
public sealed class ScoreSentimentActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Text")]
    public InArgument<string> Text { get; set; } = null!;

    [Output("Score")]
    public OutArgument<decimal> Score { get; set; } = null!;

    [Output("Label")]
    public OutArgument<string> Label { get; set; } = null!;

    [Output("Is Negative")]
    public OutArgument<bool> IsNegative { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var outputs = ScoreSentimentCall.ReadResponse(
            context.OrganizationService().Execute(ScoreSentimentCall.BuildRequest(Text.Get(context))));
        Score.Set(context, outputs.Score);
        Label.Set(context, outputs.Label);
        IsNegative.Set(context, outputs.IsNegative);
    }
}
