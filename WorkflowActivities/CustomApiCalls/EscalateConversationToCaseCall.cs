using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Escalate Conversation to Case: conversation, reason -> the conversation's open case (existing or new).</summary>
public static class EscalateConversationToCaseCall
{
    public const string Step = "Escalate Conversation to Case";

    public static OrganizationRequest BuildRequest(EntityReference? conversation, string? reason)
    {
        var request = new OrganizationRequest(CustomApis.EscalateConversation.Name)
        {
            [CustomApis.EscalateConversation.Conversation] = CustomApiArguments.RequireReference(Step, CustomApis.EscalateConversation.Conversation, conversation, ConversationTable.LogicalName),
        };
        CustomApiArguments.SetOptionalText(request, CustomApis.EscalateConversation.Reason, reason);
        return request;
    }

    public static EntityReference ReadResponse(OrganizationResponse response) =>
        CustomApiArguments.RequireOutput<EntityReference>(Step, response, CustomApis.EscalateConversation.Case);
}
