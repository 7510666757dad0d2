namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>Dataverse's AttributeRequiredLevel: whether a column must have a value.</summary>
public enum RequiredLevel
{
    None,
    SystemRequired,
    ApplicationRequired,
    Recommended,
}
