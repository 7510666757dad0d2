namespace Microsoft.Xrm.Sdk;

/// <summary>Execution context of a plug-in: adds the pipeline stage and the parent context. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    int Stage { get; }

    IPluginExecutionContext ParentContext { get; }
}
