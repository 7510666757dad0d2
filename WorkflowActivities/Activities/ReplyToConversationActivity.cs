using System.Activities;
using System.ComponentModel;
using Microsoft.Xrm.Sdk.Workflow;
using Microsoft.Xrm.Sdk;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Reply to Conversation: calls scrm_ReplyToConversation.</summary>
[DisplayName("Reply to Conversation")]
[Description("Replies to the customer on the conversation's network; the worker sends it (scrm_ReplyToConversation).")]
[Category(ActivityGroup.Name)]
public sealed class ReplyToConversationActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Conversation")]
    [ReferenceTarget(ConversationTable.LogicalName)]
    public InArgument<EntityReference> Conversation { get; set; } = null!;

    [RequiredArgument]
    [Input("Text")]
    public InArgument<string> Text { get; set; } = null!;

    [Input("Private")]
    [Default("False")]
    public InArgument<bool> Private { get; set; } = null!;

    [Input("Reopen Conversation")]
    [Default("False")]
    public InArgument<bool> ReopenConversation { get; set; } = null!;

    [Output("Reply")]
    [ReferenceTarget(MentionTable.LogicalName)]
    public OutArgument<EntityReference> Reply { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var request = ReplyToConversationCall.BuildRequest(Conversation.Get(context), Text.Get(context), Private.Get(context), ReopenConversation.Get(context));
        Reply.Set(context, ReplyToConversationCall.ReadResponse(context.OrganizationService().Execute(request)));
    }
}
