namespace SocialCrm.Plugins.Domain.Identity;

/// <summary>What intake does about the profile's contact.</summary>
public enum LinkOutcome
{
    /// <summary>The profile already has a contact; intake never changes a link (an agent may have set it).</summary>
    KeepExisting,

    /// <summary>Link the profile to <see cref="IdentityDecision.ContactId"/>.</summary>
    LinkToContact,

    /// <summary>Create <see cref="IdentityDecision.NewContact"/> and link the profile to it.</summary>
    CreateContact,

    /// <summary>No link: no evidence, ambiguous evidence, or a blocked profile (see <see cref="IdentityDecision.LinkReason"/>).</summary>
    NotLinked,
}
