using System.ComponentModel;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Link Social Profile to Contact: calls scrm_LinkProfileToContact.</summary>
[DisplayName("Link Social Profile to Contact")]
[Description("Links a social profile to a contact and moves its open conversations (scrm_LinkProfileToContact).")]
[Category(ActivityGroup.Name)]
public sealed class LinkSocialProfileToContactActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Profile")]
    [ReferenceTarget(SocialProfileTable.LogicalName)]
    public InArgument<EntityReference> Profile { get; set; } = null!;

    [RequiredArgument]
    [Input("Contact")]
    [ReferenceTarget(StandardTables.Contact.LogicalName)]
    public InArgument<EntityReference> Contact { get; set; } = null!;

    [Output("Conversations Moved")]
    public OutArgument<int> ConversationsMoved { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var request = LinkSocialProfileToContactCall.BuildRequest(Profile.Get(context), Contact.Get(context));
        ConversationsMoved.Set(context, LinkSocialProfileToContactCall.ReadResponse(context.OrganizationService().Execute(request)));
    }
}
