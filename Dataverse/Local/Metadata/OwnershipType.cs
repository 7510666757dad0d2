namespace SocialCrm.Dataverse.Local.Metadata;

/// <summary>Who owns the rows of a table: a user or team (ownerid column), or the organization.</summary>
public enum OwnershipType
{
    UserOwned,
    OrganizationOwned,
    None,
}
