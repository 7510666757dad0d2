using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using Api = SocialCrm.Plugins.Schema.CustomApis.GetConversationSummary;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Get Conversation Summary: conversation -> mention count, average sentiment, last mention on, last text, case.</summary>
public static class GetConversationSummaryCall
{
    public const string Step = "Get Conversation Summary";

    public static OrganizationRequest BuildRequest(EntityReference? conversation) =>
        new OrganizationRequest(Api.Name)
        {
            [Api.Conversation] = CustomApiArguments.RequireReference(Step, Api.Conversation, conversation, ConversationTable.LogicalName),
        };

    public static GetConversationSummaryOutputs ReadResponse(OrganizationResponse response) =>
        new GetConversationSummaryOutputs(
            CustomApiArguments.RequireOutput<int>(Step, response, Api.MentionCount),
            response.Results.TryGetValue(Api.AverageSentiment, out var average) && average is decimal d ? d : 0m,
            response.Results.TryGetValue(Api.LastMentionOn, out var last) && last is DateTime on ? on : (DateTime?)null,
            CustomApiArguments.OptionalOutput<string>(response, Api.LastText) ?? "",
            CustomApiArguments.OptionalOutput<EntityReference>(response, Api.Case));
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
