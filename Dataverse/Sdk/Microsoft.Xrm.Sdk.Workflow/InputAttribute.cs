using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an input argument of a custom workflow activity. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.inputattribute</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class InputAttribute : ParameterAttribute
{
    public InputAttribute(string name)
        : base(name)
    {
    }
}
