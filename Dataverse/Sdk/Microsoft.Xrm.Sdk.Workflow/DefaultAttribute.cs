using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Default value of an input argument, as text; the table name goes with an EntityReference default. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.defaultattribute</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class DefaultAttribute : Attribute
{
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    public DefaultAttribute(string value, string entityName)
        : this(value)
    {
        EntityName = entityName;
    }

    public string Value { get; }

    public string EntityName { get; }
}
