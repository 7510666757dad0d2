using System.Threading;
using System.Threading.Tasks;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies;

/// <summary>Posts replies to one network, following its published API, and finds a reply an earlier run may have posted.</summary>
public interface INetworkReplyClient
{
    SocialPlatform Platform { get; }

    /// <summary>Whether this worker has an account configured for the network.</summary>
    bool IsConfigured { get; }

    /// <summary>Posts <paramref name="reply"/> once. Network faults become outcomes; only cancellation throws.</summary>
    Task<PostOutcome> PostAsync(PendingReply reply, CancellationToken cancellationToken);

    /// <summary>
    /// After a crash between the network's acceptance and the CRM update: the reply as the network holds it, or null
    /// when the network never got it. A network with idempotency keys answers by posting again under the same key.
    /// </summary>
    Task<PostOutcome?> FindAsync(PendingReply reply, CancellationToken cancellationToken);
}
