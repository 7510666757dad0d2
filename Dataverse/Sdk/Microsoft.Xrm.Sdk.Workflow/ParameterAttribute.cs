using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Base of Input and Output: names a workflow argument. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.parameterattribute</summary>
public abstract class ParameterAttribute : Attribute
{
    internal ParameterAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
