namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>What intake does with the author's social profile.</summary>
public enum ProfileAction
{
    /// <summary>No profile has the author's platform and external user id: create one.</summary>
    Create,

    /// <summary>The profile exists and some columns changed: write <see cref="IdentityDecision.ChangedColumns"/>.</summary>
    Update,

    /// <summary>The profile exists and nothing changed.</summary>
    Unchanged,
}
