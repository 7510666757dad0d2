using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;
using Api = SocialCrm.Plugins.Schema.CustomApis.EscalateConversation;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Escalate Conversation to Case: conversation, reason -> the conversation's open case (existing or new).</summary>
public static class EscalateConversationToCaseCall
{
    public const string Step = "Escalate Conversation to Case";

    public static OrganizationRequest BuildRequest(EntityReference? conversation, string? reason)
    {
        var request = new OrganizationRequest(Api.Name)
        {
            [Api.Conversation] = CustomApiArguments.RequireReference(Step, Api.Conversation, conversation, ConversationTable.LogicalName),
        };
        CustomApiArguments.SetOptionalText(request, Api.Reason, reason);
        return request;
    }

    public static EntityReference ReadResponse(OrganizationResponse response) =>
        CustomApiArguments.RequireOutput<EntityReference>(Step, response, Api.Case);
}
