using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an output argument of a custom workflow activity. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.outputattribute</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class OutputAttribute : ParameterAttribute
{
    public OutputAttribute(string name)
        : base(name)
    {
    }
}
