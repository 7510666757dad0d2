namespace SocialCrm.Plugins.Registration;

/// <summary>
/// customapirequestparameter.type / customapiresponseproperty.type.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables#customapifieldtype-choices
/// </summary>
public enum CustomApiFieldType
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Entity = 3,
    EntityCollection = 4,
    EntityReference = 5,
    Float = 6,
    Integer = 7,
    Money = 8,
    Picklist = 9,
    String = 10,
    StringArray = 11,
    Guid = 12,
}
