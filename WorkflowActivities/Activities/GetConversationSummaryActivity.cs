using System.ComponentModel;
using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Get Conversation Summary: calls scrm_GetConversationSummary.</summary>
[DisplayName("Get Conversation Summary")]
[Description("Reads the figures of a conversation (scrm_GetConversationSummary).")]
[Category(ActivityGroup.Name)]
public sealed class GetConversationSummaryActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Conversation")]
    [ReferenceTarget(ConversationTable.LogicalName)]
    public InArgument<EntityReference> Conversation { get; set; } = null!;

    [Output("Mention Count")]
    public OutArgument<int> MentionCount { get; set; } = null!;

    [Output("Average Sentiment")]
    public OutArgument<decimal> AverageSentiment { get; set; } = null!;

    [Output("Last Mention On")]
    public OutArgument<DateTime> LastMentionOn { get; set; } = null!;

    [Output("Last Text")]
    public OutArgument<string> LastText { get; set; } = null!;

    [Output("Case")]
    [ReferenceTarget(StandardTables.Incident.LogicalName)]
    public OutArgument<EntityReference> Case { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var outputs = GetConversationSummaryCall.ReadResponse(
            context.OrganizationService().Execute(GetConversationSummaryCall.BuildRequest(Conversation.Get(context))));
        MentionCount.Set(context, outputs.MentionCount);
        AverageSentiment.Set(context, outputs.AverageSentiment);
        if (outputs.LastMentionOn.HasValue)
        {
            LastMentionOn.Set(context, outputs.LastMentionOn.Value);
        }
        LastText.Set(context, outputs.LastText);
        Case.Set(context, outputs.Case!); // null (not escalated) leaves the output empty
    }
}
