using System.Threading;
using System.Threading.Tasks;

namespace SocialCrm.Integration.Queue;

/// <summary>The queue as `status` and the health checks see it: how deep it is, and whether it takes writes.</summary>
public interface IQueueMonitor
{
    Task<QueueStatus> StatusAsync(int recentDeadLetters, CancellationToken cancellationToken);
}
