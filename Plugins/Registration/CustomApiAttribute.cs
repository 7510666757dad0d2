using System;

namespace SocialCrm.Plugins.Registration;

/// <summary>
/// The Custom API (customapi.uniquename) a plug-in class implements as its main operation: an unbound global action.
/// Its parameters are declared with <see cref="CustomApiRequestParameterAttribute"/> and
/// <see cref="CustomApiResponsePropertyAttribute"/> on the same class.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    public CustomApiAttribute(string uniqueName)
    {
        UniqueName = uniqueName;
    }

    public string UniqueName { get; }
}
