using System;
using System.Collections.Generic;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Application;

/// <summary>scrm_socialprofile as the application sees it: each finder takes a whole batch and costs one query.</summary>
public interface ISocialProfileStore
{
    Dictionary<ProfileKey, StoredProfile> FindByKeys(IEnumerable<ProfileKey> keys);

    Dictionary<Guid, StoredProfile> FindByIds(IEnumerable<Guid> ids);

    /// <summary>Profiles linked to a contact whose handle is one of <paramref name="handles"/>, on any network.</summary>
    List<ContactHandleMatch> FindLinkedByHandles(IEnumerable<string> handles);

    /// <summary>Creates the profile, with its figures when given: one write.</summary>
    Guid Create(IdentityDecision decision, Guid? contactId, ProfileFigures? figures);

    /// <summary>
    /// Writes the columns the decision changed and the figures when given (those that differ from
    /// <paramref name="stored"/>), in one write; none when nothing changes.
    /// </summary>
    void Update(Guid id, IdentityDecision decision, Guid? contactId, ProfileFigures? figures, ProfileFigures stored);

    /// <summary>Writes the profile's figures alone: one write.</summary>
    void WriteFigures(Guid id, ProfileFigures figures);

    void Link(Guid id, Guid contactId, LinkMethod method, int confidence);

    /// <summary>When the network said the account status the profile shows; null when it shows none: one read.</summary>
    DateTime? AccountStatusAsOf(Guid id);

    /// <summary>Writes the state of the person's account on their network and when the network said it: one write.</summary>
    void SetAccountStatus(Guid id, AccountStatus status, DateTime asOf);
}
