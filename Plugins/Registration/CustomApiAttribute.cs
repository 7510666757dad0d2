using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>
/// The Custom API (customapi) a plug-in class implements as its main operation: an unbound global action. Its parameters
/// are declared with <see cref="CustomApiRequestParameterAttribute"/> and <see cref="CustomApiResponsePropertyAttribute"/>
/// on the same class. The solution packer writes customapis/&lt;unique name&gt;/ from these attributes, their one source
/// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    public CustomApiAttribute(string uniqueName, string displayName, string description)
    {
        UniqueName = uniqueName;
        DisplayName = displayName;
        Description = description;
    }

    public string UniqueName { get; }

    public string DisplayName { get; }

    public string Description { get; }

    /// <summary>customapi.executeprivilegename: the privilege a caller needs; none when empty.</summary>
    public string ExecutePrivilegeName { get; set; } = string.Empty;

    /// <summary>
    /// customapi.allowedcustomprocessingsteptype: which steps other solutions may register on the API. Async only by
    /// default: others may react to the outcome but cannot change it synchronously.
    /// </summary>
    public CustomApiProcessingStepType AllowedCustomProcessingStepType { get; set; } = CustomApiProcessingStepType.AsyncOnly;

    /// <summary>
    /// customapi.isfunction: a function is called with GET and Power Automate cannot call it as an action, hence false by
    /// default.
    /// </summary>
    public bool IsFunction { get; set; }
}
