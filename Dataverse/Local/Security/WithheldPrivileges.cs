using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Security;

/// <summary>
/// The privileges a user's security roles do not grant. LocalDataverse has no role model: a user holds every privilege
/// (as a System Administrator does) unless a test withholds one, which is the one case a client must handle.
/// </summary>
internal sealed class WithheldPrivileges
{
    private readonly ConcurrentDictionary<Guid, HashSet<string>> byUser = new();

    public void Withhold(Guid userId, string privilegeName)
    {
        var names = byUser.GetOrAdd(userId, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        lock (names)
        {
            names.Add(privilegeName);
        }
    }

    /// <summary>Whether any privilege is withheld from <paramref name="userId"/>: for almost every user none is, and no name need be built.</summary>
    public bool WithholdsAny(Guid userId) => byUser.ContainsKey(userId);

    public bool IsWithheld(Guid userId, string privilegeName)
    {
        if (!byUser.TryGetValue(userId, out var names))
        {
            return false;
        }

        lock (names)
        {
            return names.Contains(privilegeName);
        }
    }
}
