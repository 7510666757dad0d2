using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>Reply to Conversation: conversation, text, private, reopen -> the reply, pending delivery.</summary>
public static class ReplyToConversationCall
{
    public const string Step = "Reply to Conversation";

    public static OrganizationRequest BuildRequest(EntityReference? conversation, string? text, bool isPrivate, bool reopenConversation) =>
        new(CustomApis.ReplyToConversation.Name)
        {
            [CustomApis.ReplyToConversation.Conversation] = CustomApiArguments.RequireReference(
                Step, CustomApis.ReplyToConversation.Conversation, conversation, ConversationTable.LogicalName),
            [CustomApis.ReplyToConversation.Text] = CustomApiArguments.RequireText(
                Step, CustomApis.ReplyToConversation.Text, text),
            [CustomApis.ReplyToConversation.Private] = isPrivate,
            [CustomApis.ReplyToConversation.ReopenConversation] = reopenConversation,
        };

    public static EntityReference ReadResponse(OrganizationResponse response) =>
        CustomApiArguments.RequireOutput<EntityReference>(Step, response, CustomApis.ReplyToConversation.Reply);
}
