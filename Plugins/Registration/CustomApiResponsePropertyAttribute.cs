using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>A response property of the class's Custom API (customapiresponseproperty).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponsePropertyAttribute : Attribute
{
    public CustomApiResponsePropertyAttribute(string uniqueName, CustomApiFieldType type)
    {
        UniqueName = uniqueName;
        Type = type;
    }

    public string UniqueName { get; }

    public CustomApiFieldType Type { get; }

    /// <summary>The table an EntityReference property points to.</summary>
    public string? EntityLogicalName { get; set; }
}
