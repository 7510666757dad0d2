using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.GetConversationSummary;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_GetConversationSummary: a conversation's figures as the rollups keep them, and the text of its latest mention.
/// Outputs a conversation has no value for yet (no mention, no case) are left out.
/// </summary>
[CustomApi(Api.Name, "Get Conversation Summary", "Returns the figures of a conversation and the text of its latest mention.", ExecutePrivilegeName = "prvReadscrm_Conversation")]
[CustomApiRequestParameter(Api.Conversation, CustomApiFieldType.EntityReference, "Conversation to summarise.", EntityLogicalName = ConversationTable.LogicalName)]
[CustomApiResponseProperty(Api.MentionCount, CustomApiFieldType.Integer, "Mentions in the conversation.")]
[CustomApiResponseProperty(Api.AverageSentiment, CustomApiFieldType.Decimal, "Average sentiment of its mentions, -1 to 1.")]
[CustomApiResponseProperty(Api.LastMentionOn, CustomApiFieldType.DateTime, "When its latest mention was posted.")]
[CustomApiResponseProperty(Api.LastText, CustomApiFieldType.String, "Text of its latest mention.")]
[CustomApiResponseProperty(Api.Case, CustomApiFieldType.EntityReference, "Its case, when escalated.", EntityLogicalName = StandardTables.Incident.LogicalName)]
public sealed class GetConversationSummaryApi : PluginBase
{
    public GetConversationSummaryApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(GetConversationSummaryApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var conversationId = execution.InputParameters.RequiredReference(Api.Conversation, ConversationTable.LogicalName);
        var service = context.PluginUserService;
        if (!new ConversationStore(service).FindByIds(new[] { conversationId }).TryGetValue(conversationId, out var conversation))
        {
            throw new InvalidPluginExecutionException($"{ConversationTable.LogicalName} {conversationId} does not exist.");
        }

        var output = execution.OutputParameters;
        var figures = conversation.Figures;
        output[Api.MentionCount] = figures.MentionCount;
        if (figures.AverageSentiment.HasValue)
        {
            output[Api.AverageSentiment] = Decimals.Sentiment(figures.AverageSentiment)!.Value;
        }

        if (figures.LastMentionOn.HasValue)
        {
            output[Api.LastMentionOn] = figures.LastMentionOn.Value;
        }

        var lastText = new MentionStore(service).LatestText(conversationId);
        if (lastText != null)
        {
            output[Api.LastText] = lastText;
        }

        if (conversation.CaseId.HasValue)
        {
            output[Api.Case] = new EntityReference(StandardTables.Incident.LogicalName, conversation.CaseId.Value);
        }
    }
}
