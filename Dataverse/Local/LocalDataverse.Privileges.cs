using System;
using SocialCrm.Dataverse.Local.Security;

namespace SocialCrm.Dataverse.Local;

public sealed partial class LocalDataverse
{
    internal WithheldPrivileges Privileges { get; } = new();

    /// <summary>
    /// Takes a privilege away from a user, as a security role without it would: e.g. "prvReadscrm_mention" makes every
    /// Retrieve and RetrieveMultiple of mentions by that user fail with PrivilegeDenied (403 on the Web API).
    /// </summary>
    public void WithholdPrivilege(Guid userId, string privilegeName) => Privileges.Withhold(userId, privilegeName);
}
