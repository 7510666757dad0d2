using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Get Conversation Summary: conversation -> mention count, average sentiment, last mention on, last text, case.</summary>
public static class GetConversationSummaryCall
{
    public const string Step = "Get Conversation Summary";

    public static OrganizationRequest BuildRequest(EntityReference? conversation) =>
        new OrganizationRequest(CustomApis.GetConversationSummary.Name)
        {
            [CustomApis.GetConversationSummary.Conversation] = CustomApiArguments.RequireReference(Step, CustomApis.GetConversationSummary.Conversation, conversation, ConversationTable.LogicalName),
        };

    public static GetConversationSummaryOutputs ReadResponse(OrganizationResponse response) =>
        new GetConversationSummaryOutputs(
            CustomApiArguments.RequireOutput<int>(Step, response, CustomApis.GetConversationSummary.MentionCount),
            response.Results.TryGetValue(CustomApis.GetConversationSummary.AverageSentiment, out var average) && average is decimal d ? d : 0m,
            response.Results.TryGetValue(CustomApis.GetConversationSummary.LastMentionOn, out var last) && last is DateTime on ? on : (DateTime?)null,
            CustomApiArguments.OptionalOutput<string>(response, CustomApis.GetConversationSummary.LastText) ?? "",
            CustomApiArguments.OptionalOutput<EntityReference>(response, CustomApis.GetConversationSummary.Case));
}

public sealed class GetConversationSummaryOutputs
{
    public GetConversationSummaryOutputs(int mentionCount, decimal averageSentiment, DateTime? lastMentionOn, string lastText, EntityReference? @case)
    {
        MentionCount = mentionCount;
        AverageSentiment = averageSentiment;
        LastMentionOn = lastMentionOn;
        LastText = lastText;
        Case = @case;
    }

    public int MentionCount { get; }

    public decimal AverageSentiment { get; }

    /// <summary>Null for a conversation with no mention yet.</summary>
    public DateTime? LastMentionOn { get; }

    public string LastText { get; }

    /// <summary>Null until the conversation is escalated.</summary>
    public EntityReference? Case { get; }
}
