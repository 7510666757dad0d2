using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>A request parameter of the class's Custom API (customapirequestparameter).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiRequestParameterAttribute : Attribute
{
    public CustomApiRequestParameterAttribute(string uniqueName, CustomApiFieldType type, string description)
    {
        UniqueName = uniqueName;
        Type = type;
        Description = description;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    /// <summary>What the value means, shown to makers; the display name is the unique name.</summary>
    public string Description { get; }

    public bool IsOptional { get; set; }

    /// <summary>The table an EntityReference parameter points to.</summary>
    public string? EntityLogicalName { get; set; }
}
