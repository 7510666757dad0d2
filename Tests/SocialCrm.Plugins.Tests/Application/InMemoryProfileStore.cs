using System;
using System.Collections.Generic;
using System.Linq;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Domain.Rollups;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Application;

/// <summary>Social profiles in a dictionary; counts the finder calls, as the Dataverse store's queries.</summary>
internal sealed class InMemoryProfileStore : ISocialProfileStore
{
    public Dictionary<Guid, StoredProfile> Rows { get; } = new();

    public int Queries { get; private set; }

    public Dictionary<Guid, AccountStatus> AccountStatuses { get; } = new();

    public Dictionary<Guid, DateTime> AccountStatusTimes { get; } = new();

    public Dictionary<ProfileKey, StoredProfile> FindByKeys(IEnumerable<ProfileKey> keys)
    {
        Queries++;
        var wanted = new HashSet<ProfileKey>(keys);
        return Rows.Values.Where(profile => wanted.Contains(profile.Key)).ToDictionary(profile => profile.Key);
    }

    public Dictionary<Guid, StoredProfile> FindByIds(IEnumerable<Guid> ids)
    {
        Queries++;
        return ids.Distinct().Where(Rows.ContainsKey).ToDictionary(id => id, id => Rows[id]);
    }

    public List<ContactHandleMatch> FindLinkedByHandles(IEnumerable<string> handles)
    {
        Queries++;
        var wanted = new HashSet<string>(handles, StringComparer.OrdinalIgnoreCase);
        return Rows.Values
            .Where(profile => profile.Identity.ContactId.HasValue && profile.Identity.Handle != null && wanted.Contains(profile.Identity.Handle))
            .Select(profile => new ContactHandleMatch(profile.Identity.ContactId!.Value, profile.Identity.Platform, profile.Identity.Handle!))
            .ToList();
    }

    /// <summary>How many rows were created or updated.</summary>
    public int Writes { get; private set; }

    public Guid Create(IdentityDecision decision, Guid? contactId, ProfileFigures? figures)
    {
        Writes++;
        var id = Guid.NewGuid();
        Rows[id] = new StoredProfile(Identity(id, decision, contactId), figures ?? ProfileFigures.Empty);
        return id;
    }

    public void Update(Guid id, IdentityDecision decision, Guid? contactId, ProfileFigures? figures, ProfileFigures stored)
    {
        if (decision.ChangedColumns.Count > 0 || figures != null)
        {
            Writes++;
            Rows[id] = new StoredProfile(Identity(id, decision, contactId), figures ?? Rows[id].Figures);
        }
    }

    public void WriteFigures(Guid id, ProfileFigures figures)
    {
        Writes++;
        Rows[id] = new StoredProfile(Rows[id].Identity, figures);
    }

    public void Link(Guid id, Guid contactId, LinkMethod method, int confidence)
    {
        var old = Rows[id].Identity;
        Rows[id] = new StoredProfile(
            new ExistingProfile(id, old.Platform, old.ExternalUserId, old.Handle, old.DisplayName, old.Email, old.Followers, old.Verified, contactId, method, confidence, old.Blocked),
            Rows[id].Figures);
    }

    public StoredProfile Single(string externalUserId) => Rows.Values.Single(profile => profile.Identity.ExternalUserId == externalUserId);

    private static ExistingProfile Identity(Guid id, IdentityDecision decision, Guid? contactId)
    {
        var values = decision.Profile;
        return new ExistingProfile(id, values.Platform, values.ExternalUserId, values.Handle, values.DisplayName, values.Email, values.Followers,
            values.Verified, contactId, decision.LinkMethod, decision.LinkConfidence, decision.Blocked);
    }

    public DateTime? AccountStatusAsOf(Guid id) => AccountStatusTimes.TryGetValue(id, out var asOf) ? asOf : null;

    public void SetAccountStatus(Guid id, AccountStatus status, DateTime asOf)
    {
        AccountStatuses[id] = status;
        AccountStatusTimes[id] = asOf;
    }
}
