using System;
using System.Collections.Concurrent;

namespace SocialCrm.Dataverse.Local.Service;

/// <summary>
/// Who the environment is: its organization, business unit and name, the SYSTEM user, and which users are application
/// users (what a plug-in's context reports as IsApplicationUser).
/// </summary>
internal sealed class OrganizationIdentity
{
    private readonly ConcurrentDictionary<Guid, bool> applicationUsers = new();

    public OrganizationIdentity(Guid organizationId, Guid businessUnitId, string name, Guid systemUserId)
    {
        OrganizationId = organizationId;
        BusinessUnitId = businessUnitId;
        Name = name;
        SystemUserId = systemUserId;
    }

    public Guid OrganizationId { get; }

    public Guid BusinessUnitId { get; }

    public string Name { get; }

    public Guid SystemUserId { get; }

    public void AddApplicationUser(Guid userId) => applicationUsers[userId] = true;

    public bool IsApplicationUser(Guid userId) => applicationUsers.ContainsKey(userId);
}
