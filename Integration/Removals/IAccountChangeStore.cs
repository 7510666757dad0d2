using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Removals;

/// <summary>Account changes received, newest per profile, until Dataverse has them.</summary>
public interface IAccountChangeStore
{
    /// <summary>Records changes durably; a change not newer than the one recorded for its profile is left out, so an
    /// older or redelivered event never undoes a newer one.</summary>
    Task RecordAccountChangesAsync(IReadOnlyCollection<AccountChange> changes, string source, CancellationToken cancellationToken);

    /// <summary>Changes whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<AccountChange>> DueAccountChangesAsync(int max, CancellationToken cancellationToken);

    /// <summary>The profile has the change (a newer change recorded meanwhile stays due).</summary>
    Task AccountChangeAppliedAsync(AccountChange change, CancellationToken cancellationToken);

    /// <summary>Dataverse could not take it: try again later, within the removals' pending window.</summary>
    Task AccountChangeNotYetAsync(AccountChange change, string reason, CancellationToken cancellationToken);
}
