using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>A request parameter of the class's Custom API (customapirequestparameter).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiRequestParameterAttribute : Attribute
{
    public CustomApiRequestParameterAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    public bool IsOptional { get; set; }

    /// <summary>The table an EntityReference parameter points to.</summary>
    public string? EntityLogicalName { get; set; }
}
