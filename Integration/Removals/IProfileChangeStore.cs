using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Removals;

/// <summary>Profile changes received, newest per profile, until Dataverse has them.</summary>
public interface IProfileChangeStore
{
    /// <summary>Records changes durably before the source acknowledges them; a change not newer than the one recorded
    /// for its profile is left out.</summary>
    Task RecordProfileChangesAsync(IReadOnlyCollection<ProfileChange> changes, string source, CancellationToken cancellationToken);

    /// <summary>Changes whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<ProfileChange>> DueProfileChangesAsync(int max, CancellationToken cancellationToken);

    /// <summary>The profile has the change (a newer change recorded meanwhile stays due).</summary>
    Task ProfileChangeAppliedAsync(ProfileChange change, CancellationToken cancellationToken);

    /// <summary>Dataverse could not take it: try again later, within the removals' pending window.</summary>
    Task ProfileChangeNotYetAsync(ProfileChange change, string reason, CancellationToken cancellationToken);
}
