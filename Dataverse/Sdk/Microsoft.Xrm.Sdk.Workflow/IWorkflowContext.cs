namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Execution context of a custom workflow activity. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.iworkflowcontext</summary>
public interface IWorkflowContext : IExecutionContext
{
    string StageName { get; }

    int WorkflowCategory { get; }

    int WorkflowMode { get; }

    IWorkflowContext ParentContext { get; }
}
