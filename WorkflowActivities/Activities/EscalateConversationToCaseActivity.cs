using System.ComponentModel;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Escalate Conversation to Case: calls scrm_EscalateConversation.</summary>
[DisplayName("Escalate Conversation to Case")]
[Description("Escalates a conversation to a case (scrm_EscalateConversation).")]
[Category(ActivityGroup.Name)]
public sealed class EscalateConversationToCaseActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Conversation")]
    [ReferenceTarget(ConversationTable.LogicalName)]
    public InArgument<EntityReference> Conversation { get; set; } = null!;

    [Input("Reason")]
    [Default("Escalated by a workflow")]
    public InArgument<string> Reason { get; set; } = null!;

    [Output("Case")]
    [ReferenceTarget(StandardTables.Incident.LogicalName)]
    public OutArgument<EntityReference> Case { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var request = EscalateConversationToCaseCall.BuildRequest(Conversation.Get(context), Reason.Get(context));
        Case.Set(context, EscalateConversationToCaseCall.ReadResponse(context.OrganizationService().Execute(request)));
    }
}
