using System;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;
using Api = SocialCrm.Plugins.Schema.CustomApis.ReplyToConversation;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>
/// scrm_ReplyToConversation: composes a reply on a conversation as the calling user, for Power Automate and the Web API.
/// The reply is an outbound scrm_mention created through the pipeline, so the reply rules
/// (<see cref="Replies.ReplyCompositionPlugin"/>) decide it exactly as they decide one from the form; the worker sends it.
/// A resolved conversation is reopened first only when the caller confirms it with ReopenConversation.
/// </summary>
[CustomApi(Api.Name, "Reply to Conversation", "Replies to the customer on the conversation's network; the reply waits for the worker to send it.",
    ExecutePrivilegeName = "prvCreateActivity")]
[CustomApiRequestParameter(Api.Conversation, CustomApiFieldType.EntityReference, "Conversation to answer.", EntityLogicalName = ConversationTable.LogicalName)]
[CustomApiRequestParameter(Api.Text, CustomApiFieldType.String, "What to say.")]
[CustomApiRequestParameter(Api.Private, CustomApiFieldType.Boolean, "Answer privately (a direct message); only where the customer wrote privately.", IsOptional = true)]
[CustomApiRequestParameter(Api.ReopenConversation, CustomApiFieldType.Boolean, "Reopen the conversation when it is resolved.", IsOptional = true)]
[CustomApiResponseProperty(Api.Reply, CustomApiFieldType.EntityReference, "The reply, pending delivery.", EntityLogicalName = MentionTable.LogicalName)]
public sealed class ReplyToConversationApi : PluginBase
{
    public ReplyToConversationApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(typeof(ReplyToConversationApi))
    {
    }

    protected override void ExecuteDataversePlugin(ILocalPluginContext context)
    {
        var parameters = context.PluginExecutionContext.InputParameters;
        var conversationId = parameters.RequiredReference(Api.Conversation, ConversationTable.LogicalName);
        if (parameters.OptionalFlag(Api.ReopenConversation))
        {
            ReopenWhenClosed(context.PluginUserService, conversationId);
        }

        var reply = new Entity(MentionTable.LogicalName)
        {
            [MentionTable.Direction] = new OptionSetValue((int)MentionDirection.Outbound),
            [MentionTable.Conversation] = new EntityReference(ConversationTable.LogicalName, conversationId),
            [MentionTable.Description] = parameters.RequiredText(Api.Text),
        };
        if (parameters.OptionalFlag(Api.Private))
        {
            reply[MentionTable.MessageType] = new OptionSetValue((int)MessageType.PrivateMessage);
        }

        // As the caller, so the reply is the agent's activity and their privileges apply.
        var replyId = context.InitiatingUserService.Create(reply);
        context.PluginExecutionContext.OutputParameters[Api.Reply] = new EntityReference(MentionTable.LogicalName, replyId);
    }

    private static void ReopenWhenClosed(IOrganizationService service, Guid conversationId)
    {
        var conversation = service.Retrieve(ConversationTable.LogicalName, conversationId, new Microsoft.Xrm.Sdk.Query.ColumnSet(ConversationTable.StateCode));
        if (conversation.OptionValue(ConversationTable.StateCode) == (int)ConversationState.Closed)
        {
            // The agent's confirmation reopens it as intake reopens a thread: open, awaiting a reply, closed on no date.
            service.Update(new Entity(ConversationTable.LogicalName, conversationId)
            {
                [ConversationTable.StateCode] = new OptionSetValue((int)ConversationState.Open),
                [ConversationTable.StatusCode] = new OptionSetValue((int)ConversationStatus.AwaitingReply),
                [ConversationTable.ClosedOn] = null,
            });
        }
    }
}
