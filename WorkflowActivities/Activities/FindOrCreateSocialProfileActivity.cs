using System;
using System.ComponentModel;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using SocialCrm.Plugins.Schema;
using SocialCrm.WorkflowActivities.CustomApiCalls;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>Social CRM > Find or Create Social Profile: calls scrm_ResolveSocialIdentity.</summary>
[DisplayName("Find or Create Social Profile")]
[Description("Finds or creates the social profile of a network identity (scrm_ResolveSocialIdentity).")]
[Category(ActivityGroup.Name)]
public sealed class FindOrCreateSocialProfileActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Platform")]
    [AttributeTarget(SocialProfileTable.LogicalName, SocialProfileTable.Platform)]
    public InArgument<OptionSetValue> Platform { get; set; } = null!;

    [RequiredArgument]
    [Input("External User Id")]
    public InArgument<string> ExternalUserId { get; set; } = null!;

    [Input("Handle")]
    public InArgument<string> Handle { get; set; } = null!;

    [Input("Display Name")]
    public InArgument<string> ProfileDisplayName { get; set; } = null!;

    [Input("As Of")]
    public InArgument<DateTime> AsOf { get; set; } = null!;

    [Input("Account Status")]
    [AttributeTarget(SocialProfileTable.LogicalName, SocialProfileTable.AccountStatus)]
    public InArgument<OptionSetValue> AccountStatus { get; set; } = null!;

    [Output("Profile")]
    [ReferenceTarget(SocialProfileTable.LogicalName)]
    public OutArgument<EntityReference> Profile { get; set; } = null!;

    [Output("Created")]
    public OutArgument<bool> Created { get; set; } = null!;

    protected override void Execute(CodeActivityContext context)
    {
        var request = FindOrCreateSocialProfileCall.BuildRequest(
            Platform.Get(context), ExternalUserId.Get(context), Handle.Get(context), ProfileDisplayName.Get(context), AsOf.Get(context),
            AccountStatus.Get(context));
        var outputs = FindOrCreateSocialProfileCall.ReadResponse(context.OrganizationService().Execute(request));
        Profile.Set(context, outputs.Profile);
        Created.Set(context, outputs.Created);
    }
}
