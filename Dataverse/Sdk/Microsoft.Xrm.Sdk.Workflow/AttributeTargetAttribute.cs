using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names the choice column whose options an OptionSetValue argument offers. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.attributetargetattribute</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AttributeTargetAttribute : Attribute
{
    public AttributeTargetAttribute(string entityName, string attributeName)
    {
        EntityName = entityName;
        AttributeName = attributeName;
    }

    public string EntityName { get; }

    public string AttributeName { get; }
}
