using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace SocialCrm.WorkflowActivities.Activities;

/// <summary>The organisation service of the running workflow, as the workflow's user (the documented extensions).</summary>
public static class CodeActivityContextExtensions
{
    public static IOrganizationService OrganizationService(this CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>()
            ?? throw new InvalidPluginExecutionException("The workflow host provided no IWorkflowContext.");
        var factory = context.GetExtension<IOrganizationServiceFactory>()
            ?? throw new InvalidPluginExecutionException("The workflow host provided no IOrganizationServiceFactory.");
        return factory.CreateOrganizationService(workflow.UserId);
    }
}
