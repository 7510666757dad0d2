using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>A response property of the class's Custom API (customapiresponseproperty).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponsePropertyAttribute : Attribute
{
    public CustomApiResponsePropertyAttribute(string uniqueName, CustomApiFieldType type, string description)
    {
        UniqueName = uniqueName;
        Type = type;
        Description = description;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    /// <summary>What the value means, shown to makers; the display name is the unique name.</summary>
    public string Description { get; }

    /// <summary>The table an EntityReference property points to.</summary>
    public string? EntityLogicalName { get; set; }
}
