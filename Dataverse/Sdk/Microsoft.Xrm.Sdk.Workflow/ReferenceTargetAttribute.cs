using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names the table an EntityReference argument points to. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.referencetargetattribute</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ReferenceTargetAttribute : Attribute
{
    public ReferenceTargetAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }
}
